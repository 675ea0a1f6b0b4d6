# Lo que las reglas le dicen a la persona (imr-case). Cada regla y su fuente están en
# docs/rules.md. Cuando una regla viene de una fuente secundaria, el texto dice
# "normalmente" y "puede", sin presentarla como ley. Los teléfonos, el fax y el sitio web
# vienen de la tabla única de contactos.

rules-track-imr-medical-necessity = Parece una Revisión Médica Independiente (IMR): médicos que no trabajan para su plan deciden si el tratamiento es médicamente necesario. No le cuesta nada. El DMHC decide qué revisión recibe su caso: si no puede ser una IMR, el DMHC lo atiende como una Queja del Consumidor (Consumer Complaint).
rules-track-imr-experimental = Parece una Revisión Médica Independiente (IMR) de un tratamiento experimental o en investigación para una enfermedad grave. La revisan médicos que no trabajan para su plan. No le cuesta nada. El DMHC decide qué revisión recibe su caso: si no puede ser una IMR, el DMHC lo atiende como una Queja del Consumidor (Consumer Complaint).
rules-track-imr-emergency-payment = Parece una Revisión Médica Independiente (IMR) de atención de emergencia o urgente que usted ya recibió y que el plan no quiere pagar. No le cuesta nada. El DMHC decide qué revisión recibe su caso: si no puede ser una IMR, el DMHC lo atiende como una Queja del Consumidor (Consumer Complaint).
rules-track-consumer-complaint = Parece una Queja del Consumidor (Consumer Complaint). Se usa el mismo formulario, y el Centro de Ayuda del DMHC decide cómo atenderla. El DMHC pide que las personas presenten su solicitud aunque el plan diga que algo "no está cubierto".
rules-track-unknown = Díganos cuál es el problema y le diremos qué tipo de revisión es probable que reciba. Se usa el mismo formulario para todas, y el Centro de Ayuda del DMHC decide.

rules-grievance-not-needed-experimental = No tiene que quejarse primero ante su plan de salud, porque el plan rechazó un tratamiento experimental o en investigación.
rules-grievance-not-needed-urgent = No tiene que quejarse primero ante su plan de salud, porque hay una amenaza grave e inmediata para su salud.
rules-grievance-usually-needed = Normalmente, usted primero tiene que presentar una queja formal (grievance) ante su plan de salud y darle 30 días para decidir. El DMHC puede omitir este paso en casos extraordinarios y apremiantes.

rules-urgent-call-now = Llame ahora al Centro de Ayuda del DMHC al { $phone } (TDD { $tdd }) y diga que es urgente. Envíe este paquete por fax al { $fax }, no por correo. Al mismo tiempo, también puede pedirle a su plan una queja formal rápida (acelerada): el plan tiene entonces 72 horas para decidir.
rules-cdi-regulated = La mayoría de los planes PPO los supervisa el Departamento de Seguros de California, no el DMHC. Si su plan es uno de ellos, llame al Departamento de Seguros al { $cdi_phone }. Aun así puede preparar este paquete.
rules-medicare-plan = El DMHC no revisa decisiones de Medicare. Los planes de Medicare y Medicare Advantage tienen sus propias apelaciones: siga los pasos de la carta del plan. Aun así puede preparar este paquete.
rules-medicare-patient = Usted tiene Medicare. Si la decisión la tomó un plan de Medicare o de Medicare Advantage, la apelación se hace por Medicare, no por el DMHC. Si no, puede continuar.
rules-self-funded = Los planes que paga directamente un empleador (planes autofinanciados) normalmente no los supervisa el DMHC. Normalmente ofrecen una revisión externa federal: pregunte en la oficina de beneficios del empleador cómo pedirla. Aun así puede preparar este paquete.
rules-medi-cal-fee-for-service = El DMHC no revisa decisiones de Medi-Cal tomadas sin un plan de salud (pago por servicio). En su lugar, puede pedir una Audiencia Estatal. Aun así puede preparar este paquete.
rules-medi-cal-rx = El DMHC no revisa decisiones de farmacia de Medi-Cal Rx. En su lugar, puede pedir una Audiencia Estatal. Aun así puede preparar este paquete.
rules-regulator-unsure = Mire la tarjeta de miembro o el folleto de Evidencia de Cobertura: dice quién supervisa el plan. También puede llamar al Centro de Ayuda del DMHC al { $phone }. Aun así puede preparar este paquete.
rules-grievance-not-filed = Primero presente una queja formal (grievance) ante su plan de salud. El número de teléfono está en la tarjeta de miembro. Puede presentar su solicitud al DMHC cuando el plan decida, o cuando hayan pasado más de 30 días sin decisión.
rules-waiting-period = Su plan todavía tiene tiempo para decidir. Si no ha decidido para entonces, usted puede presentar su solicitud a partir del { $date }. El DMHC cierra las solicitudes que llegan antes de tiempo.
rules-late-filing = La fecha límite normal era el { $deadline } (6 meses después de { $basis ->
        [decision] la decisión del plan
        [wait] que terminaron los 30 días del plan para decidir
       *[denial] la fecha de la carta de denegación del plan
    }). El DMHC todavía puede aceptar su solicitud si algo le impidió presentarla a tiempo. { $explained ->
        [yes] Su explicación se imprimirá en el formulario.
       *[no] Díganos por qué no pudo presentarla antes; se imprime en el formulario.
    }
rules-deadline-unknown = Usted tiene 6 meses para presentar su solicitud, contados desde { $basis ->
        [decision] la fecha de la carta de decisión del plan
        [wait] el final de los 30 días del plan para decidir
       *[denial] la fecha de la carta de denegación del plan
    }. Díganos esa fecha y calcularemos el último día.
rules-state-hearing-held = Usted no puede obtener una Revisión Médica Independiente después de una Audiencia Estatal de Medi-Cal sobre el mismo problema. Llame al Centro de Ayuda del DMHC al { $phone } para preguntar qué puede hacer todavía. Aun así puede preparar este paquete.
rules-state-hearing-requested = Usted pidió una Audiencia Estatal de Medi-Cal. Pedirla puede impedirle obtener una Revisión Médica Independiente sobre el mismo problema. Llame al Centro de Ayuda del DMHC al { $phone } antes de enviar este paquete. Aun así puede prepararlo.
rules-state-hearing-deadline-by = Si también quiere una Audiencia Estatal de Medi-Cal, pídala a más tardar el { $by }. Ese plazo es más corto que el de la IMR. Pedir primero la IMR le deja las dos opciones: aun después de una IMR, todavía puede pedir una Audiencia Estatal, pero es posible que no obtenga una IMR después de pedir una Audiencia Estatal.
rules-state-hearing-deadline-passed = El último día para pedir una Audiencia Estatal de Medi-Cal era el { $by }, y ya pasó. Todavía puede presentar su solicitud de Revisión Médica Independiente.
rules-state-hearing-deadline-now = Su plan no decidió su apelación en 30 días, así que puede pedir una Audiencia Estatal de Medi-Cal ahora. Pedir primero la IMR le deja las dos opciones: aun después de una IMR, todavía puede pedir una Audiencia Estatal, pero es posible que no obtenga una IMR después de pedir una Audiencia Estatal.
rules-state-hearing-deadline-within = Si también quiere una Audiencia Estatal de Medi-Cal, pídala dentro de los 120 días después de la decisión del plan. Ese plazo es más corto que el de la IMR. Pedir primero la IMR le deja las dos opciones: aun después de una IMR, todavía puede pedir una Audiencia Estatal, pero es posible que no obtenga una IMR después de pedir una Audiencia Estatal.
rules-medi-cal-county-plan = Algunos planes de Medi-Cal que maneja un condado no tienen licencia del DMHC, y sus miembros no pueden obtener una Revisión Médica Independiente del DMHC. Si tiene dudas sobre su plan, llame al Centro de Ayuda del DMHC al { $phone }.
rules-urgent-doctor-statement = Si un médico escribió que el caso es urgente, agregue la carta. El DMHC también puede decidir por su cuenta que un caso es urgente, así que no espere la carta para presentar su solicitud.
rules-assistant-form-signatures = El paciente y la persona que ayuda tienen que firmar los dos el formulario de Asistente Autorizado. Sin él, el DMHC no hablará con la persona que ayuda.
rules-experimental-certification = Para un tratamiento experimental, la ley pide: una enfermedad que pone en peligro la vida o que incapacita gravemente; una declaración de su médico de que los tratamientos comunes no funcionaron o no son adecuados para usted, y de que el tratamiento que pide probablemente funcione mejor (o dos estudios médicos o científicos que lo muestren). Agregue esa declaración. Si esperar haría el tratamiento mucho menos eficaz, pida al médico que lo diga: entonces la revisión puede tardar 7 días.
rules-legal-rights = Si su problema puede tener una Revisión Médica Independiente y usted no la pide, puede perder el derecho de demandar al plan por ese problema.
rules-more-documents-later = No espere una carta o un expediente que le falte para presentar su solicitud. Puede enviar más documentos después con su número de caso del DMHC, y la falta de documentos no es motivo para rechazar su solicitud.
rules-online-filing = También puede presentar su solicitud en el sitio web del DMHC ({ $website }). Esta aplicación no se conecta a internet: prepara un paquete para enviar por correo o por fax.

## Fechas: cada una con la oración que la explica.
rules-date-apply-from-now = Puede presentar su solicitud ahora: { $reason ->
        [experimental] no tiene que quejarse primero ante su plan por un tratamiento experimental.
       *[urgent] en un caso urgente no tiene que quejarse primero ante su plan.
    }
rules-date-apply-from-decided = Puede presentar su solicitud ahora: su plan ya envió su decisión (con fecha del { $date }).
rules-date-apply-from-wait = { $open ->
        [yes] Los 30 días de su plan para decidir terminaron el { $end }: puede presentar su solicitud ahora.
       *[no] Puede presentar su solicitud a partir del { $date }, el día después de que terminan los 30 días de su plan para decidir ({ $end }). El DMHC acepta la solicitud solo cuando han pasado más de 30 días.
    } Los 30 días se cuentan desde el día en que el plan recibió su queja formal: si la envió por correo, cuente desde el día en que llegó.
rules-date-apply-by = { $passed ->
        [yes] El último día para presentar su solicitud a tiempo era el { $date }
       *[no] Presente su solicitud a más tardar el { $date }
    }: 6 meses después de { $basis ->
        [decision] la fecha de la carta de decisión del plan ({ $event })
        [wait] que terminaron los 30 días de su plan para decidir ({ $event }); si el plan decide después, enviarla para esta fecha sigue siendo lo más seguro
        [late] que terminaron los 30 días de su plan para decidir ({ $event }): el plan tardó más en decidir, y los 6 meses pueden contarse desde el final de sus 30 días
       *[denial] la fecha de la carta de denegación del plan ({ $event })
    }.{ $passed ->
        [yes] { " " }El DMHC todavía puede aceptar una solicitud tardía si algo le impidió presentarla a tiempo.
       *[no] {""}
    }
rules-date-grievance-by = { $passed ->
        [yes] El último día para presentar su queja formal ante el plan era el { $date }
       *[no] Presente su queja formal ante el plan a más tardar el { $date }
    }: { $plan ->
        [medi_cal] un plan de Medi-Cal acepta apelaciones durante 60 días
        [other] los planes tienen que aceptar quejas formales durante al menos 180 días
       *[unsure] los planes de Medi-Cal aceptan apelaciones durante 60 días (los demás, durante al menos 180)
    } después de la fecha de la carta de denegación ({ $event }).{ $passed ->
        [yes] { " " }Llame a su plan para preguntar si todavía la acepta, y llame al Centro de Ayuda del DMHC al { $phone }.
       *[no] {""}
    }
rules-date-state-hearing-by = { $passed ->
        [yes] El último día para pedir una Audiencia Estatal de Medi-Cal era el { $date } (120 días después de la decisión del plan del { $event }), y ya pasó. Todavía puede presentar su solicitud de IMR.
       *[no] Si también quiere una Audiencia Estatal de Medi-Cal, pídala a más tardar el { $date }: 120 días después de la decisión del plan ({ $event }).
    }
rules-date-external-review-by = { $passed ->
        [yes] El último día para pedir una revisión externa federal era el { $date } (4 meses después de la denegación final del plan del { $event }), y ya pasó. Pregunte al plan o a la oficina de beneficios del empleador qué puede hacer todavía.
       *[no] Pida una revisión externa federal a más tardar el { $date }: 4 meses después de la denegación final del plan ({ $event }). Siga los pasos de la carta del plan.
    }
rules-date-fee-for-service-hearing-by = { $passed ->
        [yes] El último día para pedir una Audiencia Estatal era el { $date } (90 días después del aviso del { $event }), y ya pasó.
       *[no] Pida una Audiencia Estatal a más tardar el { $date }: 90 días después de la fecha del aviso ({ $event }).
    }
