# What the rules tell the person (imr-case rules). Several rules are inferred from
# secondary sources (see docs/imr-process.md), so the wording says "usually" and "may"
# rather than stating law. $date, $deadline and $by are dates already written out.

rules-track-imr-medical-necessity = This looks like an Independent Medical Review (IMR): doctors who do not work for your plan decide if the treatment is medically necessary. It costs you nothing.
rules-track-imr-experimental = This looks like an Independent Medical Review (IMR) of an experimental or investigational treatment for a serious condition. Doctors who do not work for your plan review it. It costs you nothing.
rules-track-imr-emergency-payment = This looks like an Independent Medical Review (IMR) of emergency or urgent care you already received that the plan will not pay for. It costs you nothing.
rules-track-consumer-complaint = This looks like a Consumer Complaint. You use the same form, and the DMHC Help Center decides how to handle it. DMHC asks people to apply even when the plan says something is "not covered".
rules-track-unknown = Tell us what the problem is and we will say what kind of review it is likely to get. You use the same form for all of them, and the DMHC Help Center decides.

rules-grievance-not-needed-experimental = You do not have to complain to your health plan first, because the plan turned down an experimental or investigational treatment.
rules-grievance-not-needed-urgent = You do not have to complain to your health plan first, because there is a serious and immediate threat to your health.
rules-grievance-usually-needed = You usually need to complain to your health plan first (a grievance) and give it 30 days to decide. DMHC may skip this step in extraordinary and compelling cases.

rules-cdi-regulated = Most PPO plans are overseen by the California Department of Insurance, not DMHC. If your plan is one of them, call the Department of Insurance on { $cdi_phone }. You can still make this packet.
rules-medicare-plan = DMHC does not review Medicare decisions. Medicare and Medicare Advantage plans have their own appeals: follow the steps in the plan's letter. You can still make this packet.
rules-medicare-patient = You have Medicare. If the decision was made by a Medicare or Medicare Advantage plan, the appeal goes through Medicare, not DMHC. If not, you can go on.
rules-self-funded = Plans paid for directly by an employer (self-funded plans) are usually not overseen by DMHC. Ask the employer's benefits office how to appeal. You can still make this packet.
rules-medi-cal-fee-for-service = DMHC does not review Medi-Cal decisions made without a health plan (fee-for-service). You can ask for a State Hearing instead. You can still make this packet.
rules-medi-cal-rx = DMHC does not review Medi-Cal Rx pharmacy decisions. You can ask for a State Hearing instead. You can still make this packet.
rules-regulator-unsure = Look at the member ID card or the Evidence of Coverage booklet: it names who oversees the plan. You can also call the DMHC Help Center on { $phone }. You can still make this packet.
rules-grievance-not-filed = Complain to your health plan first (a grievance). The phone number is on the member ID card. You can apply to DMHC when the plan decides, or after 30 days with no decision.
rules-waiting-period = Your plan still has time to decide. If it has not decided by then, you can apply from { $date }.
rules-late-filing = The usual deadline was { $deadline } (6 months after the plan's decision). DMHC may still accept your application if something kept you from applying in time. { $explained ->
        [yes] Your explanation will be printed on the form.
       *[no] Tell us why you could not apply sooner; it goes on the form.
    }
rules-state-hearing-held = You cannot get an Independent Medical Review after a Medi-Cal State Hearing on the same problem. DMHC may still look at it as a complaint. You can still make this packet.
rules-state-hearing-deadline-by = If you also want a Medi-Cal State Hearing, ask for it by { $by }. That deadline is shorter than the IMR deadline. You can ask for a State Hearing after an IMR, but you cannot get an IMR after a State Hearing.
rules-state-hearing-deadline-within = If you also want a Medi-Cal State Hearing, ask for it within 120 days of the plan's decision. That deadline is shorter than the IMR deadline. You can ask for a State Hearing after an IMR, but you cannot get an IMR after a State Hearing.
rules-urgent-doctor-statement = Attach your doctor's written statement that the case is urgent. Without it, DMHC handles the case at normal speed.
rules-assistant-form-signatures = The patient and the person helping must both sign the Authorized Assistant form. DMHC will not talk to the helper without it.
rules-experimental-certification = Attach your doctor's statement that standard treatments did not work or are not right for you.
