# "What happened in similar cases" (ui/outcomes.js; the sentences with numbers are
# written in crates/imr-app/src/outcomes.rs). Placeholders look like { $name }.
# The category names come from DMHC's data and stay in English.

outcomes-link = What happened in similar cases
outcomes-title = What happened in similar cases
outcomes-intro = From { $first } to { $last }, the Department of Managed Health Care published how each Independent Medical Review ended. Choose the kind of health problem and the kind of treatment closest to yours to see how similar reviews ended.
outcomes-guessed = We chose these from your answers ("{ $condition }", "{ $treatment }"). Change them if they do not fit.
outcomes-guessed-one = We chose from your answer "{ $words }". Change it if it does not fit.
outcomes-not-guessed = Choose the closest kinds. We could not tell them from your answers, so we left them on "any".
outcomes-dx-label = Kind of health problem
outcomes-tx-label = Kind of treatment
outcomes-any-dx = Any health problem
outcomes-any-tx = Any treatment
# A choice in the lists: the category, then how many decisions it has.
outcomes-option = { $category } ({ $count } { $count ->
        [one] decision
       *[other] decisions
    })
outcomes-show = Show what happened
outcomes-result-heading = How the reviews ended
outcomes-none = No review in the data matches both choices. Try "any" for one of them.
outcomes-summary = { $total ->
        [one] { $total } similar review was decided
       *[other] { $total } similar reviews were decided
    } between { $first } and { $last }.
# { $percent } arrives written with its sign (outcomes-percent).
outcomes-for-patient = In { $count } of them ({ $percent }), the reviewers decided for the patient: the health plan had to give the treatment or pay for it.
outcomes-for-plan = In { $count } ({ $percent }), the reviewers agreed with the health plan.
outcomes-chart-caption = Share decided for the patient, by type of review
outcomes-table-caption = Decisions by type of review
outcomes-col-type = Type of review
outcomes-col-total = Decisions
outcomes-col-for-patient = For the patient
outcomes-col-for-plan = For the plan
outcomes-all-types = All types
outcomes-bar-text = { $percent } for the patient
# A share in whole percent, and a table cell: a number of decisions and its share.
outcomes-percent = { $percent }%
outcomes-count-percent = { $count } ({ $percent })
# The types of review in DMHC's data ("Medical Necessity", "Experimental/Investigational",
# "Urgent Care"): the id is the name in lower case with dashes.
outcomes-type-medical-necessity = Medical necessity (the plan said it was not needed)
outcomes-type-experimental-investigational = Experimental or investigational
outcomes-type-urgent-care = Urgent care
outcomes-caution-heading = Past results do not predict yours
outcomes-caution = Every review is decided on the patient's own medical records. These numbers only show how past reviews ended. They are not advice, and a low number is not a reason not to apply: the review is free.
outcomes-source-heading = Where these numbers come from
outcomes-source = The Department of Managed Health Care's open data "{ $name }", report years { $first } to { $last }, kept in this app so it works without the internet. Newer decisions are published on the { $portal }: search there for "{ $name }".
outcomes-categories-note = The kinds of problem and treatment are DMHC's own groups, in English.
