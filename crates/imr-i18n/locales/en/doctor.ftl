# "Ask your doctor for a letter": the page the person gives or sends to the treating doctor.
doctor-title = Request for a letter from your doctor
doctor-header = Request for a doctor's letter: { $name }
doctor-english-copy = English copy
doctor-to = To (doctor)
doctor-patient = Patient
doctor-birth = Date of birth
doctor-plan = Health plan
doctor-member-id = Member ID
doctor-reference = Plan's reference number
doctor-intro = I am asking California's Department of Managed Health Care (DMHC) for an Independent Medical Review of my health plan's decision about { $treatment } for { $condition }. The plan's decision letter is dated { $date }. Doctors who do not work for the plan will review my case, and a letter from you is the most important evidence they can have.
doctor-please = Please write a letter on your letterhead, signed and dated, that says:
doctor-need-diagnosis = my diagnosis;
doctor-need-history = my medical history that matters for this treatment;
doctor-need-tried = the treatments I have already tried, and how they worked;
doctor-need-why = why this treatment is medically necessary for me, and why now;
doctor-need-without = what is likely to happen to my health without it;
doctor-need-records = any test results, notes or studies that support it (copies are fine).
doctor-urgent-heading = My case is urgent
doctor-urgent = Please also say in your letter that my condition is a serious and imminent threat to my health (for example, a risk of death, of losing a limb or a major body function, or severe pain), and why. DMHC can then review my case quickly.
doctor-experimental-heading = The plan calls this treatment experimental or investigational
# What H&S Code section 1370.4 asks of the doctor when the plan calls a treatment
# experimental or investigational, point by point (read against the statute's text):
# - condition: (a)(1)(A) (the statute defines "life-threatening" and "seriously
#   debilitating" in (a)(1)(B) and (C); a doctor knows them, and the page has no room);
# - standard: (a)(2) (not effective, not medically appropriate, or no more beneficial
#   standard therapy covered by the plan);
# - better: (a)(3)(A) (a doctor who works for or contracts with the plan certifies it in
#   writing);
# - evidence: the last sentence of (a)(3) (the certification states the evidence relied
#   on) and (a)(3)(B) (a doctor outside the plan: board-certified or board-eligible in
#   the field, and two documents of medical and scientific evidence as (d) defines them);
# - fast: (c)(2) (the experts' analyses within seven days of the request when the therapy
#   would be significantly less effective if not promptly initiated).
doctor-experimental-condition = California law (Health and Safety Code section 1370.4) asks you to certify that my condition is life-threatening or seriously debilitating;
doctor-experimental-standard = that standard treatments have not worked for me or are not medically appropriate for me, or that no standard treatment the plan covers is more beneficial for me than the one you recommend;
doctor-experimental-better = that the treatment you recommend is likely to be more beneficial for me than any available standard treatment (in writing, if you work for or contract with my plan);
doctor-experimental-evidence = the medical and scientific evidence you relied on (name the studies). If you do not work for or contract with my plan: that you are board-certified or board-eligible in the field of my condition, and at least two documents of such evidence (such as published peer-reviewed studies) showing the treatment is likely to be more beneficial;
doctor-experimental-fast = and, if the treatment would be significantly less effective if not started promptly, say so: the reviewers must then give their opinions within 7 days of the request.
doctor-send-heading = How to send your letter
doctor-send-me = Give it to me, and I will send it with my application; or
doctor-send-fax = fax it to the DMHC Help Center at { $fax }, with the name { $patient } and my DMHC case number (if I have one) on each page.
doctor-thanks = Thank you. { $name }, phone { $phone }
doctor-request-heading = Ask your doctor for a letter
doctor-request-intro = A letter from the doctor who treats you is the strongest evidence in a review. Print this page, filled in from your answers, and give it to your doctor. It says what the reviewers need and how the doctor can send it.
doctor-request-button = Print a request for your doctor
doctor-request-file = request-for-doctor-letter.pdf
doctor-request-saved = Saved: { $path }
