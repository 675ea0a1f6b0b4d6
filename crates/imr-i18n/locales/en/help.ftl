# Offline help: "Questions and answers about IMR".
#
# Each topic has a title (help-TOPIC-title) and a body (help-TOPIC-body). In a body, a
# blank line starts a new paragraph, and lines that start with "- " make a list.
# The numbers and the address come from the app's one table of DMHC contacts, as
# arguments: $phone, $tdd, $fax, $address, $website, $hca_phone, $cdi_phone,
# $form_title, $form_number. Sources: docs/imr-process.md and the DMHC IMR page.

## The window around the help

help-link = Help
help-heading = Help: questions and answers
help-intro = Plain answers about the Independent Medical Review. They work without the internet. Your answers are kept while you read.
help-topics = Topics
help-close = Close help and go back
help-more = More help on this: { $title }

## Topics

help-what-is-imr-title = What is an Independent Medical Review (IMR)?
help-what-is-imr-body =
    An Independent Medical Review (IMR) is a review of your case by doctors who are not part of your health plan. You ask for it from the Help Center of the Department of Managed Health Care (DMHC).

    If the IMR is decided in your favor, your plan must give you the service or treatment you asked for.

    An IMR costs you nothing.

    You apply with one form, the { $form_title } ({ $form_number }), and mail or fax it with copies of your letters. This app helps you fill in the form and puts everything in one packet.

    If your problem is not one an IMR looks at, the same form is handled as a Consumer Complaint. The Help Center decides which it is.

help-who-can-apply-title = Who can ask for an IMR?
help-who-can-apply-body =
    You can ask for an IMR if your health plan:

    - denies, changes or delays a service or treatment because it says it is not medically necessary;
    - will not cover an experimental or investigational treatment for a serious medical condition;
    - will not pay for emergency or urgent care you have already received.

    Other problems, such as a bill, a copay, a cancelled plan or how you were treated, are a Consumer Complaint. You use the same form.

    Apply even if your plan says the treatment is "not covered". DMHC asks people to apply anyway: the Help Center decides.

    The form has a place for a parent or guardian who applies for a child. If someone else helps you, see "Someone helping you".

help-not-dmhc-title = When DMHC may not be the right place
help-not-dmhc-body =
    DMHC oversees HMOs, some PPO plans, Medi-Cal managed care plans that it licenses, and plans for dental, vision or behavioral health care. Your member ID card or your Evidence of Coverage booklet says who oversees your plan.

    The California Department of Insurance oversees most PPO plans and indemnity plans. Its phone number is { $cdi_phone }.

    Older DMHC pages say these cannot get an IMR from DMHC:

    - Original Medicare, and Medicare Advantage plans (their appeals go to the plan and to Medicare);
    - Medi-Cal without a health plan (fee-for-service);
    - plans paid for directly by an employer (self-funded plans);
    - Medi-Cal Rx pharmacy decisions.

    If you are not sure, call the DMHC Help Center on { $phone }. You can still make your packet in this app.

help-grievance-first-title = Complain to your health plan first (the grievance)
help-grievance-first-body =
    In most cases you must first complain to your health plan. This is called a grievance (some plans call it an appeal). The plan's phone number is on your member ID card. Plans must take a grievance for at least 180 days after the problem; a Medi-Cal plan takes an appeal for 60 days after its Notice of Action.

    The plan must decide within 30 days, or within 3 days (72 hours) if the problem is an immediate and serious threat to your health.

    You can ask DMHC for an IMR when:

    - the plan has decided and you disagree; or
    - more than 30 days have passed since the plan received your grievance and it has not decided. DMHC closes an application that comes too early, so wait until the 31st day.

    You do not have to complain to your plan first when:

    - the plan turned down a treatment as experimental or investigational; or
    - your case is urgent: there is a serious and immediate threat to your health.

    DMHC may also skip this step in extraordinary and compelling cases.

    In an urgent case, call the DMHC Help Center right away and send your application by fax, not by mail. A doctor's letter saying it is urgent helps, but DMHC can also decide on its own that a case is urgent. You can ask your plan for a fast (expedited) grievance at the same time.

    You do not need a doctor's request to apply for an IMR.

help-deadlines-title = Deadlines
help-deadlines-body =
    Apply within 6 months. They count from the plan's written decision on your grievance, or from the end of the plan's 30 days if it has not decided, or, when you did not need to complain to the plan first, from the plan's denial letter. When more than one could apply, the app uses the earliest. For example, if the decision is dated March 31, the last day is September 30.

    If you are late, apply anyway. DMHC may accept a late application when something kept you from applying in time. Explain what happened: the app prints your explanation on the form.

    Your plan has 30 days to decide your grievance, or 3 days when it is urgent. You can apply from the day after those 30 days end. The 30 days count from the day the plan received your grievance: if you mailed it, count from the day it arrived.

    In a Medi-Cal managed care plan, a State Hearing must be asked for within 120 days of the plan's decision. See "Medi-Cal and State Hearings".

    If DMHC does not oversee your plan, other deadlines apply: a federal external review within 4 months of the final denial for a plan paid for by an employer, and a State Hearing within 90 days for Medi-Cal without a health plan or Medi-Cal Rx.

    If your problem can have an IMR and you do not ask for one, you may give up the right to take the plan to court about it.

    The app works out your own dates from your answers, shows them with the reason for each, and prints them on the "Before you send" checklist.

help-medi-cal-title = Medi-Cal and State Hearings
help-medi-cal-body =
    If you are in a Medi-Cal managed care plan, you can also ask for a Medi-Cal State Hearing.

    - If you have already had a State Hearing on the problem, you cannot get an IMR.
    - Asking for a State Hearing may also stop you from getting an IMR: if you have asked for one, call the DMHC Help Center before you apply.
    - After an IMR, you can still ask for a State Hearing. Asking for the IMR first keeps both choices open.
    - Ask for a State Hearing within 120 days of the plan's decision. That is shorter than the 6 months you have to apply for an IMR. If the plan does not decide your appeal within 30 days, you may ask for a State Hearing right away.
    - Some Medi-Cal plans run by a county are not licensed by DMHC; their members cannot get a DMHC IMR.

help-what-to-attach-title = What to send with your form
help-what-to-attach-body =
    Send copies, never originals. The Help Center cannot return any documents. Keep a copy of everything you send.

    Add copies of these, if you have them:

    - the plan's letter that denied, changed or delayed your care;
    - the plan's letter answering your grievance;
    - letters from your doctors;
    - medical records from doctors outside your plan's network (the plan sends the records of its own doctors);
    - in an urgent case, your doctor's statement that it is urgent;
    - for an experimental or investigational treatment, your doctor's statement that standard treatments did not work or are not right for you;
    - if someone is helping you, the signed Authorized Assistant form, and a copy of any power of attorney or guardianship papers.

    Documents can speed up the review. A missing document cannot be a reason to deny your IMR.

    Sign and date the form. A form sent by mail or fax needs your signature.

help-helper-title = Someone helping you
help-helper-body =
    DMHC will not talk to anyone else about your case unless you sign the Authorized Assistant form. It is a separate DMHC form.

    - Part A: the patient fills it in and signs.
    - Part B: the person helping fills it in and signs (name, relationship, address, phone).

    Both must sign. Someone with legal authority, such as a health care power of attorney or a guardian, fills in Part B and adds a copy of that document.

    When you say someone is helping you, the app puts this form in your packet.

help-send-title = How to send your packet
help-send-body =
    Mail your form and copies to: { $address }.

    Or fax them to { $fax }. Keep the fax confirmation page: it shows the date and how many pages went through.

    Every page of the packet is numbered, so the Help Center can see if a page is missing.

help-what-happens-next-title = What happens after you send it
help-what-happens-next-body =
    DMHC pages give different times, so these are ranges.

    - The Help Center reviews your application and sends you a letter, usually within 5 to 7 days (48 hours when it is urgent). The letter tells you if your case qualifies for an IMR and gives you a case number.
    - The IMR decision usually comes within 30 to 45 days, or within 3 to 7 days when your case is urgent.
    - DMHC does not give news about a case before 30 days for a complaint, or 45 days for an IMR.
    - If the decision is in your favor, your plan must approve the service within 5 business days.

    The IMR costs you nothing.

help-free-help-title = Free help
help-free-help-body =
    - DMHC Help Center: { $phone }, TDD { $tdd } for people who are deaf or hard of hearing. The call is free. They can answer questions about filling in the form. Website: { $website }.
    - Health Consumer Alliance: { $hca_phone }. Free help with health coverage problems.
