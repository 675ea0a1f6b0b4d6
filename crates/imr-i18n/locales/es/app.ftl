# Los mensajes propios de imr-app: errores que muestra la ventana, títulos de tareas y
# de pantallas. Mismos ids y marcadores que ../en/app.ftl.

## Errores
app-settings-not-saved = No se pudo guardar su idioma en esta computadora ({ $reason }). La aplicación se lo volverá a preguntar la próxima vez.

## Tareas de la lista
task-patient = Sobre el paciente
task-plan = Plan de salud
task-problem = El problema
task-grievance = Su queja ante el plan
task-grievance-helper = La queja del paciente ante el plan
task-helper = Alguien que le ayuda (opcional)
task-helper-helper = Alguien que ayuda al paciente (opcional)
task-documents = Documentos
task-check = Revise sus respuestas
task-packet = Prepare su paquete
check-section-signing = Firma

## Títulos de pantallas con más de una pregunta (screen-<id>)
screen-grievance-decision = La decisión del plan
screen-guardian = El padre, la madre o el tutor del paciente
screen-patient-name = ¿Cómo se llama el paciente?
screen-patient-details = Sobre el paciente
screen-patient-address = ¿Cuál es la dirección del paciente?
screen-contact = ¿Cómo puede comunicarse con usted el DMHC?
screen-contact-helper = ¿Cómo puede comunicarse el DMHC con el paciente?
screen-language = Idioma
screen-plan-details = Sobre el plan de salud
screen-problem-treatment = El tratamiento
screen-providers = Los médicos del paciente
screen-helper-name = La persona que ayuda
screen-helper-address = La dirección de la persona que ayuda
screen-helper-authority = Autoridad legal
screen-signature = ¿Quién va a firmar la solicitud?

## Solicitudes guardadas
case-new-application = Solicitud nueva
case-cannot-open-name = Una solicitud que no se puede abrir
case-status-ready = Lista para preparar el paquete
case-status-packet-made = Paquete preparado el { $date }
case-status-in-progress = En curso
case-status-cannot-open = No se puede abrir

## Documentos que el caso puede necesitar
suggest-denial-letter = Agregue la carta en la que el plan le dijo que no (la carta de denegación), si la tiene.
suggest-grievance-decision = Usted dijo que el plan ya decidió: agregue esa carta con la decisión.
suggest-grievance-decision-dated = Usted dijo que el plan decidió el { $date }: agregue esa carta con la decisión.
suggest-experimental-certification = Para un tratamiento experimental, agregue la declaración de su médico de que los tratamientos comunes no funcionaron o no son adecuados para usted, y de que el tratamiento que pide probablemente funcione mejor.
suggest-urgency-statement = Usted dijo que es urgente: si un médico lo escribió, agregue la carta. Llame ahora al Centro de Ayuda del DMHC y envíe el paquete por fax, no por correo.
suggest-assistant-form = Alguien le ayuda: el paquete incluye el formulario de Asistente Autorizado (Authorized Assistant Form) para que ustedes dos lo firmen. Si ya tiene uno firmado, agréguelo aquí.

## Errores que muestra la ventana (AppError)
app-disk-full = El disco está lleno y no se pudo guardar su trabajo. Lo que ya estaba guardado está a salvo y no cambió. Libere espacio en esta computadora (vacíe la papelera o borre archivos grandes que ya no necesite) y vuelva a intentarlo. (Detalle técnico: { $what })
app-storage = No se pudo guardar su trabajo en esta computadora. No se cambió nada. Revise que haya espacio libre en el disco y vuelva a intentarlo. (Detalle técnico: { $what }: { $reason })
app-no-such-page = No existe la página '{ $page }'.
app-case-gone = Esta solicitud ya no está en esta computadora.
app-case-damaged = El archivo de esta solicitud se dañó y no se puede abrir. El archivo dañado se guardó como { $backup }; sus documentos siguen en { $documents }. Puede borrar esta solicitud de la lista o pedir ayuda para recuperarla.
app-case-missing = Esta solicitud no se puede abrir: falta su archivo (case.json).
app-case-unreadable = Esta solicitud no se puede leer ({ $reason }).
app-case-cannot-open = Esta solicitud no se puede abrir: { $reason }
app-notes-unreadable = No se pueden leer las notas de esta solicitud (app.json).
app-notes-newer = Esta solicitud se guardó con una versión más nueva de la aplicación (versión de notas { $found }); esta versión lee la versión { $reads }. Actualice la aplicación para abrirla. No se cambió nada.
app-file-cannot-open = { $name }: no se puede abrir el archivo ({ $reason }). Vuelva a elegirlo.
app-no-such-document = Ese documento no existe.
app-answers-need-attention = { $count ->
        [one] Todavía hay { $count } respuesta que revisar.
       *[other] Todavía hay { $count } respuestas que revisar.
    } Vuelva a la lista de tareas.
app-open-only-saved = Solo se puede abrir un paquete guardado.
app-viewer-failed = Ningún programa de esta computadora abrió el archivo PDF. Su paquete está guardado: { $path }. Use "Mostrar en la carpeta", o abra el archivo desde esa carpeta con un programa para ver PDF.
app-packet-not-deleted = No se pudo borrar { $path } ({ $reason }). Bórrelo en su administrador de archivos.
app-folder-failed = No se pudo mostrar la carpeta. Su paquete está guardado: { $path }. Copie la ruta y ábrala en su administrador de archivos.
