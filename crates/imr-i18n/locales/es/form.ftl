# Las preguntas del formulario como las muestra el asistente, por id de campo.
# El paquete que se envía al DMHC queda en inglés (es un formulario del DMHC); aquí va
# lo que la persona lee en la pantalla.

## Respuestas en todas partes
answer-yes = Sí
answer-no = No
answer-not-given = No lo indicó
field-optional = { $label } (opcional)
date-hint = Mes, día y año. Por ejemplo, 3 27 2026 para el 27 de marzo de 2026.
date-day = Día
date-month = Mes
date-year = Año

## Solicitud
form-application = Formulario de Solicitud de IMR/Queja (IMR Application/Complaint Form)

## Sección patient
section-application-patient = Información del paciente
field-patient-first-name = ¿Cuál es el nombre del paciente?
field-patient-first-name-name = el nombre del paciente
field-patient-middle-initial = ¿Cuál es la inicial del segundo nombre del paciente?
field-patient-middle-initial-name = la inicial del segundo nombre del paciente
field-patient-last-name = ¿Cuál es el apellido del paciente?
field-patient-last-name-name = el apellido del paciente
field-patient-gender = ¿Cuál es el sexo del paciente?
field-patient-gender-name = el sexo del paciente
field-patient-gender-option-male = Masculino
field-patient-gender-option-female = Femenino
field-patient-gender-option-other = Otro
field-patient-date-of-birth = ¿Cuál es la fecha de nacimiento del paciente?
field-patient-date-of-birth-hint = Por ejemplo, 27 de marzo de 1984.
field-patient-date-of-birth-name = la fecha de nacimiento del paciente
field-patient-street = ¿Cuál es la dirección del paciente (calle y número)?
field-patient-street-hint = Incluya el número de apartamento o unidad.
field-patient-street-name = la dirección del paciente
field-patient-city = ¿En qué ciudad vive el paciente?
field-patient-city-name = la ciudad del paciente
field-patient-state = ¿En qué estado vive el paciente?
field-patient-state-hint = Use el código de 2 letras, por ejemplo CA.
field-patient-state-name = el estado del paciente
field-patient-zip = ¿Cuál es el código postal (ZIP) del paciente?
field-patient-zip-name = el código postal (ZIP) del paciente

## Sección guardian
section-application-guardian = Padre, madre o tutor legal (si el paciente es menor de 18 años)
field-guardian-name = ¿Cuál es el nombre del padre, la madre o el tutor legal del paciente?
field-guardian-name-hint = Se lo preguntamos porque el paciente es menor de 18 años.
field-guardian-street = ¿Cuál es la dirección del padre, la madre o el tutor?
field-guardian-street-hint = Deje la dirección en blanco si es la misma que la del paciente.
field-guardian-street-name = la dirección del padre, la madre o el tutor
field-guardian-city = ¿En qué ciudad vive?
field-guardian-city-name = la ciudad del padre, la madre o el tutor
field-guardian-state = ¿En qué estado vive?
field-guardian-state-name = el estado del padre, la madre o el tutor
field-guardian-zip = ¿Cuál es su código postal (ZIP)?
field-guardian-zip-name = el código postal del padre, la madre o el tutor
field-guardian-phone = ¿Cuál es el teléfono del padre, la madre o el tutor?
field-guardian-phone-name = el teléfono del padre, la madre o el tutor
field-guardian-email = ¿Cuál es el correo electrónico del padre, la madre o el tutor?
field-guardian-email-name = el correo electrónico del padre, la madre o el tutor
field-guardian-name-name = el nombre del padre, la madre o el tutor legal del paciente

## Sección contact
section-application-contact = Cómo comunicarse con usted
field-contact-phone = ¿A qué número de teléfono puede llamarle el DMHC?
field-contact-phone-hint = Incluya el código de área, por ejemplo 916-555-0123.
field-contact-phone-name = un número de teléfono
field-contact-phone-secondary = ¿Hay otro número de teléfono al que pueda llamarle el DMHC?
field-contact-phone-secondary-name = el otro número de teléfono
field-contact-email = ¿Cuál es su correo electrónico?
field-contact-email-name = un correo electrónico
field-contact-email-helper = ¿Cuál es el correo electrónico del paciente?
field-contact-email-helper-name = el correo electrónico del paciente
field-contact-email-ok = ¿Puede el DMHC comunicarse con usted por correo electrónico?
field-contact-email-ok-name = si el DMHC puede comunicarse con usted por correo electrónico
field-contact-email-ok-helper = ¿Puede el DMHC comunicarse con el paciente por correo electrónico?
field-contact-email-ok-helper-name = si el DMHC puede comunicarse con el paciente por correo electrónico

## Sección language
section-application-language = Idioma
field-language-primary = ¿Qué idioma habla usted más?
field-language-primary-hint = Por ejemplo, español, inglés o vietnamita.
field-language-primary-name = el idioma que usted habla más
field-language-primary-helper = ¿Qué idioma habla más el paciente?
field-language-primary-helper-name = el idioma que el paciente habla más
field-language-correspond-in-language = ¿Quiere que el DMHC le escriba en ese idioma?
field-language-correspond-in-language-name = si el DMHC debe escribirle en ese idioma
field-language-correspond-in-language-helper = ¿Quiere el paciente que el DMHC le escriba en ese idioma?
field-language-correspond-in-language-helper-name = si el DMHC debe escribirle al paciente en ese idioma
field-language-race-ethnicity = ¿Cuál es la raza o el origen étnico del paciente?
field-language-race-ethnicity-hint = El DMHC lo pregunta para comprobar que todas las personas reciben un trato justo.
field-language-race-ethnicity-name = la raza o el origen étnico del paciente

## Sección plan
section-application-plan = Información del plan de salud
field-plan-name = ¿Cómo se llama el plan de salud?
field-plan-name-hint = Está en la tarjeta de miembro.
field-plan-name-name = el nombre del plan de salud
field-plan-member-id = ¿Cuál es el número de identificación (ID) de miembro del paciente?
field-plan-member-id-hint = Está en la tarjeta de miembro.
field-plan-member-id-name = el número de identificación (ID) de miembro
field-plan-medical-group = ¿Cómo se llama el grupo médico o IPA?
field-plan-medical-group-hint = Es el grupo de médicos al que su plan lo manda para recibir atención.
field-plan-medical-group-helper-hint = Es el grupo de médicos al que el plan manda al paciente para recibir atención.
field-plan-medical-group-name = el grupo médico
field-plan-employer = ¿De qué empleador o grupo viene el plan?
field-plan-employer-name = el empleador o grupo
field-plan-regulator = ¿Quién supervisa el plan de salud?
field-plan-regulator-hint = Casi siempre lo dice la tarjeta de miembro o el folleto de Evidencia de Cobertura (Evidence of Coverage).
field-plan-regulator-name = quién supervisa el plan de salud
field-plan-regulator-option-dmhc = El Departamento de Atención Médica Administrada (DMHC)
field-plan-regulator-option-cdi = El Departamento de Seguros (CDI) (la mayoría de los planes PPO)
field-plan-regulator-option-medicare = Medicare, o un plan Medicare Advantage
field-plan-regulator-option-self-funded = Un plan autofinanciado que paga un empleador
field-plan-regulator-option-medi-cal-ffs = Medi-Cal sin plan de salud (pago por servicio)
field-plan-regulator-option-medi-cal-rx = Medi-Cal Rx (una decisión de farmacia)
field-plan-regulator-option-not-sure = No lo sé
field-plan-medi-cal-managed-care = ¿Es un plan de salud de Medi-Cal?
field-plan-medi-cal-managed-care-hint = Si no lo sabe, la aplicación cuenta los plazos más cortos de Medi-Cal, por seguridad.
field-plan-medi-cal-managed-care-name = si es un plan de salud de Medi-Cal
field-plan-medi-cal-managed-care-option-yes = Sí
field-plan-medi-cal-managed-care-option-no = No
field-plan-medi-cal-managed-care-option-not-sure = No lo sé
field-plan-has-medicare = ¿Tiene Medicare el paciente?
field-plan-has-medicare-name = si el paciente tiene Medicare
field-plan-state-hearing-requested = ¿Ha pedido usted una Audiencia Estatal (State Hearing) de Medi-Cal sobre este problema?
field-plan-state-hearing-requested-hint = Una Audiencia Estatal la dirige un juez del Departamento de Servicios Sociales de California.
field-plan-state-hearing-requested-name = si pidió una Audiencia Estatal
field-plan-state-hearing-requested-helper = ¿El paciente, u otra persona en su nombre, ya pidió una Audiencia Estatal (State Hearing) de Medi-Cal sobre este problema?
field-plan-state-hearing-requested-helper-name = si se pidió una Audiencia Estatal
field-plan-state-hearing-held = ¿Ya se realizó esa Audiencia Estatal?
field-plan-state-hearing-held-name = si ya se realizó la Audiencia Estatal

## Sección problem
section-application-problem = Su problema
field-problem-type = ¿Cuál es el problema con el plan de salud?
field-problem-type-hint = Si tiene dudas, elija la opción que más se parezca a su problema.
field-problem-type-helper-hint = Si tiene dudas, elija la opción que más se parezca al problema del paciente.
field-problem-type-name = cuál es el problema
field-problem-type-option-medical-necessity = El plan negó, cambió o retrasó un tratamiento porque dice que no es médicamente necesario
field-problem-type-option-experimental = El plan no cubre un tratamiento porque dice que es experimental o en investigación
field-problem-type-option-emergency-payment = El plan no paga atención de emergencia o de urgencia que el paciente ya recibió
field-problem-type-option-other-complaint = Otra cosa, como una factura o un problema con el servicio
field-problem-plan-action = ¿Qué hizo el plan con el tratamiento?
field-problem-plan-action-name = lo que hizo el plan
field-problem-plan-action-option-denied = Lo negó
field-problem-plan-action-option-changed = Lo cambió
field-problem-plan-action-option-delayed = Lo retrasó
field-problem-denial-date = ¿Qué fecha tiene la carta del plan que le dijo que no?
field-problem-denial-date-hint = Sus plazos se cuentan desde esa fecha; deje esto en blanco si no tiene la carta.
field-problem-denial-date-helper-hint = Los plazos se cuentan desde esa fecha; deje esto en blanco si no tiene la carta.
field-problem-denial-date-name = la fecha de la carta de denegación del plan
field-problem-condition = ¿Cuál es el problema de salud?
field-problem-condition-hint = Use las palabras que usa su médico, si las sabe.
field-problem-condition-helper-hint = Use las palabras que usa el médico del paciente, si las sabe.
field-problem-condition-name = el problema de salud
field-problem-treatment = ¿De qué tratamiento, servicio o medicina se trata?
field-problem-treatment-name = el tratamiento, servicio o medicina
field-problem-request-for = ¿Se trata de atención que el paciente todavía no ha recibido, o de pagar atención que ya recibió?
field-problem-request-for-name = si se trata de atención futura o de un pago
field-problem-request-for-option-care = Atención que el paciente todavía no ha recibido: el plan debe aprobarla
field-problem-request-for-option-payment = Atención que el paciente ya recibió: el plan debe pagarla
field-problem-service-date = ¿En qué fecha recibió la atención?
field-problem-service-date-name = la fecha en que recibió la atención
field-problem-service-provider = ¿Qué médico u hospital dio la atención?
field-problem-service-provider-name = el médico o el hospital que dio la atención
field-problem-amount-billed = ¿Cuánto le cobraron?
field-problem-amount-billed-hint = Está en la factura, por ejemplo $1,250.00.
field-problem-amount-billed-name = la cantidad cobrada
field-problem-amount-billed-helper = ¿Cuánto le cobraron al paciente?
field-problem-amount-billed-helper-name = la cantidad cobrada
field-problem-description = ¿Qué pasó?
field-problem-description-hint = Use sus propias palabras e incluya las fechas que sepa.
field-problem-description-example = Por ejemplo: "Mi médico pidió una resonancia magnética de la rodilla el 5 de enero. El plan dijo que no el 20 de enero. Dijo que la resonancia no es médicamente necesaria, pero un año de fisioterapia no me ha quitado el dolor."
field-problem-description-name = lo que pasó
field-problem-desired-outcome = ¿Qué quiere que haga el plan de salud?
field-problem-desired-outcome-example = Por ejemplo: "Que apruebe la resonancia magnética de la rodilla que pidió mi médico." O: "Que pague la factura de $1,250.00 de la sala de emergencias."
field-problem-desired-outcome-name = lo que usted quiere que haga el plan de salud
field-problem-desired-outcome-helper = ¿Qué quiere el paciente que haga el plan de salud?
field-problem-desired-outcome-helper-name = lo que el paciente quiere que haga el plan de salud

## Sección grievance
section-application-grievance = Su queja ante el plan de salud
field-grievance-filed = ¿Ya presentó una queja ante el plan de salud por esto?
field-grievance-filed-hint = También se llama queja formal (grievance) o apelación.
field-grievance-filed-name = si usted presentó una queja ante el plan de salud
field-grievance-filed-helper = ¿El paciente, u otra persona en su nombre, ya se quejó con el plan de salud sobre esto?
field-grievance-filed-helper-name = si se presentó una queja al plan de salud
field-grievance-filed-on = ¿Cuándo presentó la queja ante el plan?
field-grievance-filed-on-name = la fecha en que presentó la queja ante el plan
field-grievance-filed-on-helper = ¿Cuándo se presentó la queja al plan?
field-grievance-filed-on-helper-name = la fecha en que se presentó la queja al plan
field-grievance-decided = ¿Le envió el plan su decisión por escrito?
field-grievance-decided-name = si el plan ya decidió
field-grievance-decided-helper = ¿El plan ya envió su decisión por escrito?
field-grievance-decided-helper-name = si el plan ya decidió
field-grievance-decision-date = ¿Qué fecha tiene la carta con la decisión del plan?
field-grievance-decision-date-name = la fecha de la decisión del plan
field-grievance-reference = ¿Qué número de referencia le dio el plan a su queja?
field-grievance-reference-hint = Muchas veces está en las cartas del plan.
field-grievance-reference-name = el número de referencia del plan
field-grievance-reference-helper = ¿Qué número de referencia le dio el plan a la queja?
field-grievance-reference-helper-name = el número de referencia del plan

## Sección urgency
section-application-urgency = ¿Es urgente?
field-urgency-urgent = ¿Hay una amenaza grave e inmediata para la salud del paciente?
field-urgency-urgent-hint = Por ejemplo, esperar podría causar la muerte, la pérdida de un brazo o una pierna, o un dolor fuerte.
field-urgency-urgent-name = si es urgente
field-urgency-doctor-says-urgent = ¿Ha escrito un médico que es urgente?
field-urgency-doctor-says-urgent-hint = Agregue la carta si la tiene; el DMHC también puede decidir por su cuenta que un caso es urgente.
field-urgency-doctor-says-urgent-name = si un médico ha escrito que es urgente

## Sección provider
section-application-provider = Médicos
field-provider-pcp-name = ¿Quién es el médico principal del paciente?
field-provider-pcp-name-hint = Es el médico de atención primaria.
field-provider-pcp-name-name = el nombre del médico principal
field-provider-pcp-phone = ¿Cuál es el número de teléfono del médico principal?
field-provider-pcp-phone-name = el número de teléfono del médico principal
field-provider-doctor-name = ¿Qué médico le pidió el tratamiento al plan?
field-provider-doctor-name-hint = Puede presentar su solicitud sin el pedido de un médico; deje esto en blanco si ningún médico lo pidió.
field-provider-doctor-name-name = el nombre del médico que pidió el tratamiento
field-provider-doctor-phone = ¿Cuál es el número de teléfono de ese médico?
field-provider-doctor-phone-name = el número de teléfono del médico que pidió el tratamiento

## Sección late
section-application-late = Por qué presenta su solicitud tarde
field-late-explanation = ¿Por qué no pudo presentar su solicitud en los 6 meses después de la decisión del plan?
field-late-explanation-hint = Por ejemplo, estuvo en el hospital o no recibió la carta.
field-late-explanation-helper-hint = Por ejemplo, el paciente estuvo en el hospital o no recibió la carta.
field-late-explanation-name = por qué presenta su solicitud tarde
field-late-explanation-helper = ¿Por qué el paciente no pudo presentar la solicitud en los 6 meses después de la decisión del plan?
field-late-explanation-helper-name = por qué la solicitud llega tarde

## Sección signature
section-application-signature = Firma
field-signature-name = ¿Cómo se llama la persona que va a firmar este formulario?
field-signature-name-name = el nombre de la persona que firma
field-signature-relationship = ¿Quién va a firmar este formulario?
field-signature-relationship-hint = Si firma alguien que ayuda al paciente, también hace falta el formulario de Asistente Autorizado (Authorized Assistant Form).
field-signature-relationship-name = quién va a firmar el formulario
field-signature-relationship-option-self = El paciente
field-signature-relationship-option-parent = El padre o la madre del paciente
field-signature-relationship-option-guardian = El tutor legal o curador (conservator) del paciente
field-signature-relationship-option-authorized-assistant = Una persona que el paciente eligió para que le ayude
signature-application-applicant = Firma del paciente o de la persona que presenta la solicitud por el paciente
signature-application-applicant-statement = Al firmar, le pido al Departamento de Atención Médica Administrada (DMHC) que revise la decisión de mi plan de salud, como una Revisión Médica Independiente o como una queja. Lo que escribí en esta solicitud es verdad, según lo que sé. Permito que mi plan de salud, mi grupo médico y los médicos, hospitales y otras personas que me atendieron le den al Departamento y a los revisores independientes los expedientes médicos y la información que necesiten para esta revisión. Soy el paciente, o tengo el derecho de actuar por el paciente.

## Sección helper
section-application-helper = Alguien que le ayuda
section-application-applicant = Quién llena este formulario
field-applicant-role = ¿Es usted el paciente, o está ayudando al paciente?
field-applicant-role-hint = Así le hacemos las preguntas, y el paquete dice quién llenó el formulario.
field-applicant-role-name = quién llena este formulario
field-applicant-role-option-patient = Yo soy el paciente
field-applicant-role-option-helper = Estoy ayudando al paciente (por ejemplo, soy un familiar, un amigo, un cuidador o un defensor)
field-helper-has-helper = ¿Quiere que el DMHC hable de su caso con otra persona?
field-helper-has-helper-hint = Por ejemplo, un familiar, un amigo o un defensor.
field-helper-has-helper-name = si alguien le ayuda
field-helper-has-helper-helper = ¿Quiere que el DMHC pueda hablar con usted, o con otra persona, sobre el caso del paciente?
field-helper-has-helper-helper-name = si alguien ayuda al paciente

## Asistente autorizado
form-authorized-assistant = Formulario de Asistente Autorizado (Authorized Assistant Form)

## Sección helper_part_a
section-authorized-assistant-helper-part-a = Parte A: la llena el miembro
field-helper-name = ¿Cómo se llama la persona que le ayuda?
field-helper-name-hint = El DMHC podrá hablar de su caso con esta persona.
field-helper-name-helper-hint = El DMHC podrá hablar del caso del paciente con esta persona.
field-helper-name-name = el nombre de la persona que le ayuda
field-helper-name-helper = ¿Cómo se llama la persona que ayuda al paciente?
field-helper-name-helper-name = el nombre de la persona que ayuda al paciente
signature-assistant-member = Firma del miembro (o del padre, la madre o el tutor legal)
signature-assistant-member-statement = Al firmar, permito que el Departamento de Atención Médica Administrada (DMHC) hable de mi IMR o queja con la persona nombrada en este formulario, y que le dé información sobre mi caso, incluida información médica.

## Sección helper_part_b
section-authorized-assistant-helper-part-b = Parte B: la llena la persona que ayuda
field-helper-relationship = ¿Qué relación tiene con el paciente la persona que ayuda?
field-helper-relationship-hint = Por ejemplo, hija, amigo o defensor.
field-helper-relationship-name = la relación de la persona que ayuda con el paciente
field-helper-street = ¿Cuál es la dirección de la persona que ayuda (calle y número)?
field-helper-street-name = la dirección de la persona que ayuda
field-helper-city = ¿En qué ciudad vive la persona que ayuda?
field-helper-city-name = la ciudad de la persona que ayuda
field-helper-state = ¿En qué estado vive la persona que ayuda?
field-helper-state-hint = Use el código de 2 letras, por ejemplo CA.
field-helper-state-name = el estado de la persona que ayuda
field-helper-zip = ¿Cuál es el código postal (ZIP) de la persona que ayuda?
field-helper-zip-name = el código postal (ZIP) de la persona que ayuda
field-helper-phone = ¿Cuál es el número de teléfono de la persona que ayuda?
field-helper-phone-hint = Incluya el código de área.
field-helper-phone-name = el número de teléfono de la persona que ayuda
field-helper-email = ¿Cuál es el correo electrónico de la persona que ayuda?
field-helper-email-name = el correo electrónico de la persona que ayuda
field-helper-legal-authority = ¿Tiene la persona que ayuda autoridad legal para tomar decisiones de salud por el paciente?
field-helper-legal-authority-hint = Por ejemplo, un poder legal para la atención médica o una tutela.
field-helper-legal-authority-name = si la persona que ayuda tiene autoridad legal
field-helper-legal-authority-kind = ¿Qué le da esa autoridad a la persona que ayuda?
field-helper-legal-authority-kind-hint = Envíe una copia del documento con el paquete.
field-helper-legal-authority-kind-name = lo que le da autoridad legal a la persona que ayuda
field-helper-legal-authority-kind-option-power-of-attorney = Poder legal para la atención médica
field-helper-legal-authority-kind-option-guardian = Tutor legal
field-helper-legal-authority-kind-option-conservator = Curador (conservator)
field-helper-legal-authority-kind-option-other = Otro documento legal
signature-assistant-helper = Firma de la persona que ayuda
signature-assistant-helper-statement = Al firmar, acepto ayudar al miembro con esta IMR o queja. Lo que escribí en la Parte B es verdad.

## Tipos de documento
document-kind-denial-letter = Carta de denegación
document-kind-grievance-decision = La decisión del plan sobre su queja
document-kind-experimental-certification = Certificación del médico para un tratamiento experimental
document-kind-doctor-letter = Carta de un médico
document-kind-urgency-statement = Declaración del médico de que es urgente
document-kind-medical-records = Expedientes médicos
document-kind-assistant-form = Formulario de Asistente Autorizado (Authorized Assistant Form)
document-kind-other = Otro documento

## La página de seguimiento «¿Cuándo envió su paquete?» (no es un formulario del DMHC)

form-sent = Después de enviar su paquete
section-sent-sent = ¿Cuándo envió su paquete?
field-sent-on = Fecha en que lo envió
field-sent-on-hint = Mes, día y año. Por ejemplo, 3 2 2026 para el 2 de marzo de 2026.
field-sent-on-name = la fecha en que envió su paquete
field-sent-method = ¿Cómo lo envió?
field-sent-method-name = cómo envió su paquete
field-sent-method-option-mail = Por correo
field-sent-method-option-fax = Por fax
field-sent-fax-confirmation = Número de confirmación del fax
field-sent-fax-confirmation-hint = Si la máquina o el servicio de fax le dio una hoja de confirmación, copie aquí su número.
field-sent-fax-confirmation-name = el número de confirmación del fax
field-sent-fax-pages = Número de páginas que la confirmación dice que se enviaron
field-sent-fax-pages-name = el número de páginas enviadas
