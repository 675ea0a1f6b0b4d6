# Ayuda sin conexión: "Preguntas y respuestas sobre la IMR".
#
# Cada tema tiene un título (help-TEMA-title) y un texto (help-TEMA-body). En un texto,
# una línea en blanco empieza un párrafo nuevo, y las líneas que empiezan con "- " forman
# una lista. Los números y la dirección vienen de la tabla única de contactos del DMHC,
# como argumentos: $phone, $tdd, $fax, $address, $website, $hca_phone, $cdi_phone,
# $form_title, $form_number.

## La ventana alrededor de la ayuda

help-link = Ayuda
help-heading = Ayuda: preguntas y respuestas
help-intro = Respuestas sencillas sobre la Revisión Médica Independiente. Funcionan sin internet. Sus respuestas se guardan mientras usted lee.
help-topics = Temas
help-close = Cerrar la ayuda y volver
help-more = Más ayuda sobre esto: { $title }

## Temas

help-what-is-imr-title = ¿Qué es una Revisión Médica Independiente (IMR)?
help-what-is-imr-body =
    Una Revisión Médica Independiente (IMR, por sus siglas en inglés) es una revisión de su caso hecha por médicos que no son parte de su plan de salud. Usted la pide al Centro de Ayuda del Departamento de Atención Médica Administrada (DMHC, por sus siglas en inglés).

    Si la IMR se decide a su favor, su plan tiene que darle el servicio o el tratamiento que usted pidió.

    La IMR no le cuesta nada.

    Usted presenta su solicitud con un solo formulario, el { $form_title } ({ $form_number }), y lo envía por correo o por fax con copias de sus cartas. Esta aplicación le ayuda a llenar el formulario y pone todo en un solo paquete.

    Si su problema no es de los que revisa una IMR, el mismo formulario se trata como una Queja del Consumidor (Consumer Complaint). El Centro de Ayuda decide qué tipo de caso es.

help-who-can-apply-title = ¿Quién puede pedir una IMR?
help-who-can-apply-body =
    Usted puede pedir una IMR si su plan de salud:

    - niega, cambia o retrasa un servicio o tratamiento porque dice que no es médicamente necesario;
    - no quiere cubrir un tratamiento experimental o en investigación para una enfermedad grave;
    - no quiere pagar atención de emergencia o urgente que usted ya recibió.

    Otros problemas, como una factura, un copago, un plan cancelado o el trato que usted recibió, son una Queja del Consumidor. Se usa el mismo formulario.

    Presente su solicitud aunque su plan diga que el tratamiento "no está cubierto". El DMHC pide que la presente de todos modos: el Centro de Ayuda decide.

    El formulario tiene un lugar para el padre, la madre o el tutor que hace la solicitud por un menor. Si otra persona le ayuda, vea "Si alguien le ayuda".

help-not-dmhc-title = Cuando el DMHC puede no ser el lugar correcto
help-not-dmhc-body =
    El DMHC supervisa los planes HMO, algunos planes PPO, los planes de atención administrada de Medi-Cal que tienen licencia del DMHC, y los planes dentales, de la vista o de salud mental. Su tarjeta de miembro o su folleto de Evidencia de Cobertura dice quién supervisa su plan.

    El Departamento de Seguros de California supervisa la mayoría de los planes PPO y de indemnización. El teléfono del Departamento de Seguros es { $cdi_phone }.

    Según páginas anteriores del DMHC, estos casos no pueden obtener una IMR del DMHC:

    - Medicare Original y los planes Medicare Advantage (sus apelaciones van al plan y a Medicare);
    - Medi-Cal sin plan de salud (pago por servicio);
    - los planes que paga directamente un empleador (planes autofinanciados);
    - las decisiones de farmacia de Medi-Cal Rx.

    Si tiene dudas, llame al Centro de Ayuda del DMHC al { $phone }. Aun así puede preparar su paquete en esta aplicación.

help-grievance-first-title = Primero, presente una queja ante su plan de salud
help-grievance-first-body =
    En la mayoría de los casos, usted primero tiene que presentar una queja ante su plan de salud. Esto se llama queja formal (algunos planes la llaman apelación). El número de teléfono del plan está en su tarjeta de miembro. Los planes tienen que aceptar una queja formal durante al menos 180 días después del problema; un plan de Medi-Cal acepta una apelación durante 60 días después de su Aviso de Acción.

    El plan tiene que decidir en un plazo de 30 días, o de 3 días (72 horas) si el problema es una amenaza inmediata y grave para su salud.

    Usted puede pedir una IMR al DMHC cuando:

    - el plan ya decidió y usted no está de acuerdo; o
    - pasaron más de 30 días desde que el plan recibió su queja formal y no ha decidido. El DMHC cierra la solicitud que llega antes de tiempo, así que espere hasta el día 31.

    No tiene que quejarse primero ante su plan cuando:

    - el plan rechazó un tratamiento por ser experimental o en investigación; o
    - su caso es urgente: hay una amenaza grave e inmediata para su salud.

    El DMHC también puede omitir este paso en casos extraordinarios y apremiantes.

    En un caso urgente, llame de inmediato al Centro de Ayuda del DMHC y envíe su solicitud por fax, no por correo. Una carta del médico que diga que es urgente ayuda, pero el DMHC también puede decidir por su cuenta que un caso es urgente. Al mismo tiempo, puede pedirle a su plan una queja formal rápida (acelerada).

    No necesita el pedido de un médico para presentar su solicitud de IMR.

help-deadlines-title = Fechas límite
help-deadlines-body =
    Presente su solicitud dentro de los 6 meses. Se cuentan desde la decisión por escrito del plan sobre su queja formal, o desde el final de los 30 días del plan si no ha decidido, o, cuando no tenía que quejarse primero ante el plan, desde la carta de denegación del plan. Cuando puede aplicarse más de una, la aplicación usa la más temprana. Por ejemplo, si la decisión tiene fecha del 31 de marzo, el último día es el 30 de septiembre.

    Si se le pasó la fecha, presente su solicitud de todos modos. El DMHC puede aceptar una solicitud tardía cuando algo le impidió presentarla a tiempo. Explique lo que pasó: la aplicación imprime su explicación en el formulario.

    Su plan tiene 30 días para decidir su queja formal, o 3 días si es urgente. Puede presentar su solicitud a partir del día después de que terminan esos 30 días. Los 30 días se cuentan desde el día en que el plan recibió su queja formal: si la envió por correo, cuente desde el día en que llegó.

    En un plan de atención administrada de Medi-Cal, la Audiencia Estatal se tiene que pedir dentro de los 120 días después de la decisión del plan. Vea "Medi-Cal y las Audiencias Estatales".

    Si el DMHC no supervisa su plan, hay otros plazos: una revisión externa federal dentro de los 4 meses después de la denegación final, para un plan que paga un empleador, y una Audiencia Estatal dentro de los 90 días para Medi-Cal sin plan de salud o Medi-Cal Rx.

    Si su problema puede tener una IMR y usted no la pide, puede perder el derecho de demandar al plan por ese problema.

    La aplicación calcula sus propias fechas con sus respuestas, las muestra con la razón de cada una y las imprime en la lista "Antes de enviar".

help-medi-cal-title = Medi-Cal y las Audiencias Estatales
help-medi-cal-body =
    Si usted tiene un plan de atención administrada de Medi-Cal, también puede pedir una Audiencia Estatal de Medi-Cal.

    - Si ya tuvo una Audiencia Estatal sobre el mismo problema, no puede obtener una IMR.
    - Pedir una Audiencia Estatal también puede impedirle obtener una IMR: si ya la pidió, llame al Centro de Ayuda del DMHC antes de presentar su solicitud.
    - Después de una IMR, todavía puede pedir una Audiencia Estatal. Pedir primero la IMR le deja las dos opciones.
    - Pida la Audiencia Estatal dentro de los 120 días después de la decisión del plan. Es menos tiempo que los 6 meses que tiene para pedir una IMR. Si el plan no decide su apelación en 30 días, puede pedir una Audiencia Estatal enseguida.
    - Algunos planes de Medi-Cal que maneja un condado no tienen licencia del DMHC; sus miembros no pueden obtener una IMR del DMHC.

help-what-to-attach-title = Qué enviar con su formulario
help-what-to-attach-body =
    Envíe copias, nunca los originales. El Centro de Ayuda no puede devolver ningún documento. Guarde una copia de todo lo que envíe.

    Agregue copias de estos documentos, si los tiene:

    - la carta del plan que negó, cambió o retrasó su atención;
    - la carta del plan que responde a su queja;
    - cartas de sus médicos;
    - expedientes médicos de médicos que no son de la red de su plan (el plan envía los expedientes de sus propios médicos);
    - en un caso urgente, la declaración de su médico de que es urgente;
    - para un tratamiento experimental o en investigación, la declaración de su médico de que los tratamientos comunes no funcionaron o no son adecuados para usted;
    - si alguien le ayuda, el formulario de Asistente Autorizado firmado, y una copia de cualquier poder legal o documento de tutela.

    Los documentos pueden hacer más rápida la revisión. La falta de un documento no puede ser una razón para negarle la IMR.

    Firme el formulario y ponga la fecha. Un formulario enviado por correo o por fax necesita su firma.

help-helper-title = Si alguien le ayuda
help-helper-body =
    El DMHC no hablará de su caso con otra persona a menos que usted firme el formulario de Asistente Autorizado. Es otro formulario del DMHC, aparte de la solicitud.

    - Parte A: el paciente la llena y la firma.
    - Parte B: la persona que ayuda la llena y la firma (nombre, relación, dirección, teléfono).

    Los dos tienen que firmar. Una persona con autoridad legal (con un poder legal para la atención médica, o como tutor o curador) llena la Parte B y agrega una copia de ese documento.

    Cuando usted dice que alguien le ayuda, la aplicación pone este formulario en su paquete.

help-send-title = Cómo enviar su paquete
help-send-body =
    Envíe su formulario y las copias por correo a: { $address }.

    O envíelos por fax al { $fax }. Guarde la hoja de confirmación del fax: muestra la fecha y cuántas páginas se enviaron.

    Cada página del paquete está numerada, así el Centro de Ayuda puede ver si falta una página.

help-what-happens-next-title = Qué pasa después de enviarlo
help-what-happens-next-body =
    Las páginas del DMHC dan tiempos distintos, por eso estos son rangos.

    - El Centro de Ayuda revisa su solicitud y le envía una carta, normalmente en un plazo de 5 a 7 días (48 horas si es urgente). La carta le dice si su caso califica para una IMR y le da un número de caso.
    - La decisión de la IMR normalmente llega en un plazo de 30 a 45 días, o de 3 a 7 días si su caso es urgente.
    - El DMHC no da noticias sobre un caso antes de 30 días para una Queja del Consumidor, o de 45 días para una IMR.
    - Si la decisión es a su favor, su plan tiene que aprobar el servicio en un plazo de 5 días hábiles.

    La IMR no le cuesta nada.

help-free-help-title = Ayuda gratuita
help-free-help-body =
    - Centro de Ayuda del DMHC: { $phone }, TDD { $tdd } para personas sordas o con problemas de audición. La llamada es gratuita. Le pueden ayudar con preguntas sobre cómo llenar el formulario. Sitio web: { $website }.
    - Health Consumer Alliance: { $hca_phone }. Ayuda gratuita con problemas de cobertura de salud.
