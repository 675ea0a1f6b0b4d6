# What the rules tell the person (imr-case rules). Each rule and its source is listed in
# docs/rules.md. Where a rule rests on a secondary source, the wording says "usually" and
# "may" rather than stating law. $date, $deadline, $end, $event and $by are dates already
# written out; $phone, $tdd, $fax and $website come from the one table of contact details.

rules-track-imr-medical-necessity = This looks like an Independent Medical Review (IMR): doctors who do not work for your plan decide if the treatment is medically necessary. It costs you nothing. DMHC decides which review your case gets: if it cannot be an IMR, DMHC handles it as a complaint.
rules-track-imr-experimental = This looks like an Independent Medical Review (IMR) of an experimental or investigational treatment for a serious condition. Doctors who do not work for your plan review it. It costs you nothing. DMHC decides which review your case gets: if it cannot be an IMR, DMHC handles it as a complaint.
rules-track-imr-emergency-payment = This looks like an Independent Medical Review (IMR) of emergency or urgent care you already received that the plan will not pay for. It costs you nothing. DMHC decides which review your case gets: if it cannot be an IMR, DMHC handles it as a complaint.
rules-track-consumer-complaint = This looks like a Consumer Complaint. You use the same form, and the DMHC Help Center decides how to handle it. DMHC asks people to apply even when the plan says something is "not covered".
rules-track-unknown = Tell us what the problem is and we will say what kind of review it is likely to get. You use the same form for all of them, and the DMHC Help Center decides.

rules-grievance-not-needed-experimental = You do not have to complain to your health plan first, because the plan turned down an experimental or investigational treatment.
rules-grievance-not-needed-urgent = You do not have to complain to your health plan first, because there is a serious and immediate threat to your health.
rules-grievance-usually-needed = You usually need to complain to your health plan first (a grievance) and give it 30 days to decide. DMHC may skip this step in extraordinary and compelling cases.

rules-urgent-call-now = Call the DMHC Help Center now on { $phone } (TDD { $tdd }) and tell them it is urgent. Send this packet by fax to { $fax }, not by mail. You can also ask your plan for a fast (expedited) grievance at the same time: the plan then has 72 hours to decide.
rules-cdi-regulated = Most PPO plans are overseen by the California Department of Insurance, not DMHC. If your plan is one of them, call the Department of Insurance on { $cdi_phone }. You can still make this packet.
rules-medicare-plan = DMHC does not review Medicare decisions. Medicare and Medicare Advantage plans have their own appeals: follow the steps in the plan's letter. You can still make this packet.
rules-medicare-patient = You have Medicare. If the decision was made by a Medicare or Medicare Advantage plan, the appeal goes through Medicare, not DMHC. If not, you can go on.
rules-self-funded = Plans paid for directly by an employer (self-funded plans) are usually not overseen by DMHC. They usually offer a federal external review instead: ask the employer's benefits office how to ask for one. You can still make this packet.
rules-medi-cal-fee-for-service = DMHC does not review Medi-Cal decisions made without a health plan (fee-for-service). You can ask for a State Hearing instead. You can still make this packet.
rules-medi-cal-rx = DMHC does not review Medi-Cal Rx pharmacy decisions. You can ask for a State Hearing instead. You can still make this packet.
rules-regulator-unsure = Look at the member ID card or the Evidence of Coverage booklet: it names who oversees the plan. You can also call the DMHC Help Center on { $phone }. You can still make this packet.
rules-grievance-not-filed = Complain to your health plan first (a grievance). The phone number is on the member ID card. You can apply to DMHC when the plan decides, or when more than 30 days have passed with no decision.
rules-waiting-period = Your plan still has time to decide. If it has not decided by then, you can apply from { $date }. DMHC closes applications that come too early.
rules-late-filing = The usual deadline was { $deadline } (6 months after { $basis ->
        [decision] the plan's decision
        [wait] the end of the plan's 30 days to decide
       *[denial] the date on the plan's denial letter
    }). DMHC may still accept your application if something kept you from applying in time. { $explained ->
        [yes] Your explanation will be printed on the form.
       *[no] Tell us why you could not apply sooner; it goes on the form.
    }
rules-deadline-unknown = You have 6 months to apply, counted from { $basis ->
        [decision] the date on the plan's decision letter
        [wait] the end of the plan's 30 days to decide
       *[denial] the date on the plan's denial letter
    }. Tell us that date and we will work out the last day.
rules-state-hearing-held = You cannot get an Independent Medical Review after a Medi-Cal State Hearing on the same problem. Call the DMHC Help Center on { $phone } to ask what you can still do. You can still make this packet.
rules-state-hearing-requested = You have asked for a Medi-Cal State Hearing. Asking for one may stop you from getting an Independent Medical Review on the same problem. Call the DMHC Help Center on { $phone } before you send this packet. You can still make it.
rules-state-hearing-deadline-by = If you also want a Medi-Cal State Hearing, ask for it by { $by }. That deadline is sooner than the IMR deadline. Asking for the IMR first keeps both choices open: you can still ask for a State Hearing after an IMR, but you may not get an IMR after asking for a State Hearing.
rules-state-hearing-deadline-passed = The last day to ask for a Medi-Cal State Hearing was { $by }, and it has passed. You can still apply for an Independent Medical Review.
rules-state-hearing-deadline-now = Your plan did not decide your appeal within 30 days, so you may ask for a Medi-Cal State Hearing now. Asking for the IMR first keeps both choices open: you can still ask for a State Hearing after an IMR, but you may not get an IMR after asking for a State Hearing.
rules-state-hearing-deadline-within = If you also want a Medi-Cal State Hearing, ask for it within 120 days of the plan's decision. That deadline is sooner than the IMR deadline. Asking for the IMR first keeps both choices open: you can still ask for a State Hearing after an IMR, but you may not get an IMR after asking for a State Hearing.
rules-medi-cal-county-plan = Some Medi-Cal plans run by a county are not licensed by DMHC, and their members cannot get a DMHC Independent Medical Review. If you are not sure about your plan, call the DMHC Help Center on { $phone }.
rules-urgent-doctor-statement = If a doctor has written that the case is urgent, add the letter. DMHC can also decide on its own that a case is urgent, so do not wait for the letter to apply.
rules-assistant-form-signatures = The patient and the person helping must both sign the Authorized Assistant form. DMHC will not talk to the helper without it.
rules-experimental-certification = For an experimental treatment, the law asks for: a condition that is life-threatening or seriously debilitating; your doctor's statement that standard treatments did not work or are not right for you, and that the treatment asked for is likely to work better (or two medical or scientific studies that show it). Add that statement. If waiting would make the treatment much less effective, ask the doctor to say so: the review can then take 7 days.
rules-legal-rights = If your problem can have an Independent Medical Review and you do not ask for one, you may give up the right to take the plan to court about it.
rules-more-documents-later = Do not wait for a missing letter or record to apply. You can send more documents later with your DMHC case number, and missing documents are not a reason to turn down your application.
rules-online-filing = You can also apply on DMHC's website ({ $website }). This app does not go online: it makes a packet to mail or fax.

## Dates: each with the sentence that explains it.
rules-date-apply-from-now = You can apply now: { $reason ->
        [experimental] you do not have to complain to your plan first about an experimental treatment.
       *[urgent] in an urgent case you do not have to complain to your plan first.
    }
rules-date-apply-from-decided = You can apply now: your plan has sent its decision (dated { $date }).
rules-date-apply-from-wait = { $open ->
        [yes] Your plan's 30 days to decide ended on { $end }: you can apply now.
       *[no] You can apply from { $date }, the day after your plan's 30 days to decide end ({ $end }). DMHC takes an application only when more than 30 days have passed.
    } The 30 days count from the day the plan received your grievance: if you mailed it, count from the day it arrived.
rules-date-apply-by = { $passed ->
        [yes] The last day to apply on time was { $date }
       *[no] Apply by { $date }
    }: 6 months after { $basis ->
        [decision] the date on the plan's decision letter ({ $event })
        [wait] your plan's 30 days to decide ended ({ $event }); if the plan decides later, sending by this date is still the safe choice
        [late] your plan's 30 days to decide ended ({ $event }): the plan took longer to decide, and the 6 months may count from the end of its 30 days
       *[denial] the date on the plan's denial letter ({ $event })
    }.{ $passed ->
        [yes] { " " }DMHC may still accept a late application if something kept you from applying in time.
       *[no] {""}
    }
rules-date-grievance-by = { $passed ->
        [yes] The last day to file your grievance with the plan was { $date }
       *[no] File your grievance with the plan by { $date }
    }: { $plan ->
        [medi_cal] a Medi-Cal plan takes appeals for 60 days
        [other] plans must take grievances for at least 180 days
       *[unsure] Medi-Cal plans take appeals for 60 days (other plans for at least 180)
    } after the date on the denial letter ({ $event }).{ $passed ->
        [yes] { " " }Call your plan to ask if it will still take it, and call the DMHC Help Center on { $phone }.
       *[no] {""}
    }
rules-date-state-hearing-by = { $passed ->
        [yes] The last day to ask for a Medi-Cal State Hearing was { $date } (120 days after the plan's decision of { $event }), and it has passed. You can still apply for an IMR.
       *[no] If you also want a Medi-Cal State Hearing, ask for it by { $date }: 120 days after the plan's decision ({ $event }).
    }
rules-date-external-review-by = { $passed ->
        [yes] The last day to ask for a federal external review was { $date } (4 months after the plan's final denial of { $event }), and it has passed. Ask the plan or the employer's benefits office what you can still do.
       *[no] Ask for a federal external review by { $date }: 4 months after the plan's final denial ({ $event }). Follow the steps in the plan's letter.
    }
rules-date-fee-for-service-hearing-by = { $passed ->
        [yes] The last day to ask for a State Hearing was { $date } (90 days after the notice of { $event }), and it has passed.
       *[no] Ask for a State Hearing by { $date }: 90 days after the date on the notice ({ $event }).
    }
