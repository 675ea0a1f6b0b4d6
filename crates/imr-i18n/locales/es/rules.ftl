# Lo que las reglas le dicen a la persona (imr-case). Varias reglas vienen de fuentes
# secundarias, por eso el texto dice "normalmente" y "puede", sin presentarlas como ley.

rules-track-imr-medical-necessity = Parece una Revisión Médica Independiente (IMR): médicos que no trabajan para su plan deciden si el tratamiento es médicamente necesario. No le cuesta nada.
rules-track-imr-experimental = Parece una Revisión Médica Independiente (IMR) de un tratamiento experimental o en investigación para una enfermedad grave. La revisan médicos que no trabajan para su plan. No le cuesta nada.
rules-track-imr-emergency-payment = Parece una Revisión Médica Independiente (IMR) de atención de emergencia o urgente que usted ya recibió y que el plan no quiere pagar. No le cuesta nada.
rules-track-consumer-complaint = Parece una Queja del Consumidor. Se usa el mismo formulario, y el Centro de Ayuda del DMHC decide cómo atenderla. El DMHC pide que las personas hagan la solicitud aunque el plan diga que algo "no está cubierto".
rules-track-unknown = Díganos cuál es el problema y le diremos qué tipo de revisión es probable que reciba. Se usa el mismo formulario para todas, y el Centro de Ayuda del DMHC decide.

rules-grievance-not-needed-experimental = No tiene que quejarse primero ante su plan de salud, porque el plan rechazó un tratamiento experimental o en investigación.
rules-grievance-not-needed-urgent = No tiene que quejarse primero ante su plan de salud, porque hay una amenaza grave e inmediata para su salud.
rules-grievance-usually-needed = Normalmente, usted primero tiene que presentar una queja ante su plan de salud (queja formal) y darle 30 días para decidir. El DMHC puede omitir este paso en casos extraordinarios y de peso.

rules-cdi-regulated = La mayoría de los planes PPO los supervisa el Departamento de Seguros de California, no el DMHC. Si su plan es uno de ellos, llame al Departamento de Seguros al { $cdi_phone }. Aun así puede preparar este paquete.
rules-medicare-plan = El DMHC no revisa decisiones de Medicare. Los planes de Medicare y Medicare Advantage tienen sus propias apelaciones: siga los pasos de la carta del plan. Aun así puede preparar este paquete.
rules-medicare-patient = Usted tiene Medicare. Si la decisión la tomó un plan de Medicare o de Medicare Advantage, la apelación se hace por Medicare, no por el DMHC. Si no, puede continuar.
rules-self-funded = Los planes que paga directamente un empleador (planes autofinanciados) normalmente no los supervisa el DMHC. Pregunte en la oficina de beneficios del empleador cómo apelar. Aun así puede preparar este paquete.
rules-medi-cal-fee-for-service = El DMHC no revisa decisiones de Medi-Cal tomadas sin un plan de salud (pago por servicio). En su lugar, puede pedir una Audiencia Estatal. Aun así puede preparar este paquete.
rules-medi-cal-rx = El DMHC no revisa decisiones de farmacia de Medi-Cal Rx. En su lugar, puede pedir una Audiencia Estatal. Aun así puede preparar este paquete.
rules-regulator-unsure = Mire la tarjeta de miembro o el folleto de Evidencia de Cobertura: dice quién supervisa el plan. También puede llamar al Centro de Ayuda del DMHC al { $phone }. Aun así puede preparar este paquete.
rules-grievance-not-filed = Primero presente una queja ante su plan de salud (queja formal). El número de teléfono está en la tarjeta de miembro. Puede hacer su solicitud al DMHC cuando el plan decida, o después de 30 días sin decisión.
rules-waiting-period = Su plan todavía tiene tiempo para decidir. Si no ha decidido para entonces, usted puede hacer su solicitud a partir del { $date }.
rules-late-filing = La fecha límite normal era el { $deadline } (6 meses después de la decisión del plan). El DMHC todavía puede aceptar su solicitud si algo le impidió hacerla a tiempo. { $explained ->
        [yes] Su explicación se imprimirá en el formulario.
       *[no] Díganos por qué no pudo hacer la solicitud antes; se imprime en el formulario.
    }
rules-state-hearing-held = Usted no puede obtener una Revisión Médica Independiente después de una Audiencia Estatal de Medi-Cal sobre el mismo problema. El DMHC todavía puede verlo como una queja. Aun así puede preparar este paquete.
rules-state-hearing-deadline-by = Si también quiere una Audiencia Estatal de Medi-Cal, pídala a más tardar el { $by }. Esa fecha límite es más corta que la de la IMR. Puede pedir una Audiencia Estatal después de una IMR, pero no puede obtener una IMR después de una Audiencia Estatal.
rules-state-hearing-deadline-within = Si también quiere una Audiencia Estatal de Medi-Cal, pídala dentro de los 120 días después de la decisión del plan. Esa fecha límite es más corta que la de la IMR. Puede pedir una Audiencia Estatal después de una IMR, pero no puede obtener una IMR después de una Audiencia Estatal.
rules-urgent-doctor-statement = Agregue la declaración escrita de su médico de que el caso es urgente. Sin ella, el DMHC atiende el caso con la rapidez normal.
rules-assistant-form-signatures = El paciente y la persona que ayuda tienen que firmar los dos el formulario de Asistente Autorizado. Sin él, el DMHC no hablará con la persona que ayuda.
rules-experimental-certification = Agregue la declaración de su médico de que los tratamientos comunes no funcionaron o no son adecuados para usted.
