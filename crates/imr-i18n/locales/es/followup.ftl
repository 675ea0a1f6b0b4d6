# "Después de enviar su paquete" (ui/outcomes.js, con las oraciones escritas en
# crates/imr-app/src/followup.rs) y su archivo de calendario. No traduzca los marcadores
# { $name }. Las fechas llegan ya escritas ("1 de marzo de 2026").

followup-link = Después de enviarlo: qué esperar y cuándo
followup-record-button = Cuando lo haya enviado: anote la fecha
followup-tasks-heading = Después de preparar su paquete
followup-title = Después de enviar su paquete
followup-save = Guardar y ver qué esperar
followup-sent-by-mail = Usted envió su paquete por correo el { $date }.
followup-sent-by-fax = Usted envió su paquete por fax el { $date }.
followup-fax-confirmation = Confirmación del fax: { $confirmation }.
followup-fax-pages = La confirmación dice que { $pages ->
        [one] se envió { $pages } página
       *[other] se enviaron { $pages } páginas
    }.
followup-change = Cambiar la fecha o cómo lo envió
followup-expect-heading = Qué esperar y cuándo
followup-urgent = Su caso es urgente y un médico lo ha escrito: se aplican los plazos más cortos.
followup-complaint = Su solicitud probablemente es una Queja del Consumidor (Consumer Complaint) y no una revisión médica. El Centro de Ayuda decide cómo tramitarla, por eso aquí no hay fecha de decisión.
followup-between = entre el { $first } y el { $last }
followup-arrives-title = Su paquete llega al Centro de Ayuda
followup-arrives-fax = Su fax llegó al Centro de Ayuda el { $date }.
followup-arrives-mail = El correo suele tardar unos días: { $when }.
followup-letter-title = Una carta del Centro de Ayuda
followup-letter-on = Dice que el Centro de Ayuda tiene su solicitud y le da un número de caso. Espérela para el { $date }.
followup-letter-range = Dice que el Centro de Ayuda tiene su solicitud y le da un número de caso. Suele llegar para el { $first } y debería llegar para el { $last }.
followup-decision-title = La decisión
followup-decision = La decisión de la revisión suele llegar { $when }. Si es a su favor, su plan debe aprobar el tratamiento en 5 días hábiles.
followup-status-title = Puede preguntar cómo va su caso
followup-status = A partir del { $date }, el Centro de Ayuda puede decirle en qué estado está su caso. Antes no da noticias.
followup-estimate = Estimación
# Los números del Centro de Ayuda, como los dan la página y los recordatorios.
followup-phone-line = { $phone } (TDD { $tdd })
# En este archivo, { $phone } llega como followup-phone-line: los dos números.
followup-overdue = Esta fecha ya pasó. Si no ha ocurrido, llame al Centro de Ayuda: { $phone }.
followup-how-counted = Estas fechas se cuentan desde el día en que envió su paquete. Son una guía, no una promesa: el DMHC puede necesitar más tiempo, por ejemplo para obtener sus expedientes médicos. Las fechas marcadas "Estimación" dependen también del correo o de cuándo el DMHC empieza la revisión.
followup-nothing-heading = Si no llega nada
followup-nothing = Llame al Centro de Ayuda del DMHC: { $phone }. La llamada es gratuita. Tenga a mano el nombre del paciente y la fecha en que envió el paquete.
followup-calendar-button = Guardar estas fechas en un archivo de calendario
followup-calendar-hint = Un archivo de calendario (.ics) se abre en la mayoría de los programas de calendario y agrega un recordatorio el último día de cada plazo. Se guarda solo donde usted elija.
followup-calendar-saved = { $count ->
        [one] Se guardó { $count } recordatorio en { $path }. Abra ese archivo con su programa de calendario para agregarlo.
       *[other] Se guardaron { $count } recordatorios en { $path }. Abra ese archivo con su programa de calendario para agregarlos.
    }
followup-calendar-dialog = Guardar los recordatorios
# El nombre que el cuadro de guardar propone para el archivo de calendario (se agrega ".ics").
followup-calendar-file-name = IMR-recordatorios
followup-calendar-filter = Archivo de calendario
followup-back-to-tasks = Volver a su solicitud

## Mensajes de Rust (crates/imr-app/src/followup.rs)
followup-error-date-missing = Escriba la fecha en que envió su paquete
followup-error-date-invalid = La fecha en que envió su paquete debe ser una fecha real, con el mes primero, por ejemplo 3 2 2026 para el 2 de marzo de 2026
followup-error-date-future = La fecha en que envió su paquete debe ser hoy ({ $today }) o antes
followup-error-date-old = La fecha en que envió su paquete debe estar en los últimos 3 años: revise el año
followup-error-method = Elija si lo envió por correo o por fax
followup-error-confirmation-long = La confirmación del fax debe tener { $max } { $max ->
        [one] carácter
       *[other] caracteres
    } o menos
followup-error-pages = El número de páginas debe ser un número entero, como 12
followup-error-no-date = Primero indique cuándo envió su paquete; el calendario necesita esa fecha.
followup-ics-by = para el { $date }
followup-ics-call = Si no ha llegado, llame al Centro de Ayuda del DMHC: { $phone }. La llamada es gratuita.
followup-ics-letter-summary = IMR: ya debería haber llegado la carta del Centro de Ayuda
followup-ics-letter = El Centro de Ayuda del DMHC envía una carta que dice que tiene su solicitud, con un número de caso. Espérela { $when }. { $call }
followup-ics-status-summary = IMR: puede preguntar al Centro de Ayuda cómo va su caso
followup-ics-status = A partir del { $date }, el Centro de Ayuda del DMHC puede decirle en qué estado está su caso. Antes no da noticias. Teléfono { $phone }.
followup-ics-decision-summary = IMR: la decisión ya debería haber llegado
followup-ics-decision = La decisión de la Revisión Médica Independiente suele llegar { $when }. Estas fechas son una estimación: el DMHC puede tardar más. { $call } Si la decisión es a su favor, su plan debe aprobar el tratamiento en 5 días hábiles.
