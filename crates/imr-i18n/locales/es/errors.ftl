# Mensajes de la parte en Rust de la aplicación (imr-app, imr-packet, la ventana) que
# se muestran cuando algo sale mal: documentos, el paquete, la configuración, las
# solicitudes protegidas, el paso de una solicitud a otra computadora, la vista del fax
# y el arranque.

## Un documento
error-file-refused = { $name }: { $reason }
error-copy-missing = Falta la copia que la aplicación guardó de este archivo ({ $reason }). Vuelva a agregarlo.
error-source-not-found = No se encuentra el archivo. Revise que siga en la carpeta junto al archivo del caso, o vuelva a agregarlo.
error-source-denied = No se puede abrir el archivo: esta cuenta no tiene permiso para leerlo. Cópielo a su carpeta de documentos y agregue la copia.
error-source-folder = Esto es una carpeta, no un archivo. Elija un archivo que esté dentro de ella.
error-source-unreadable = No se puede leer el archivo ({ $reason }). Cópielo otra vez y agregue la copia.

## El paquete
error-packet-not-saved = No se pudo guardar el paquete ({ $reason }). Revise que haya espacio libre en el disco, o elija otra carpeta, y vuelva a intentarlo.
error-packet-fault = No se pudo preparar el paquete ({ $reason }). Es una falla de la aplicación; por favor, avísenos.

## La vista del fax
error-fax-document-gone = Este documento ya no está en el caso. Vuelva a la lista de documentos.
error-fax-copy-unreadable = no se puede leer la copia que la aplicación guardó de este archivo ({ $reason }). Vuelva a agregarlo.
error-fax-no-such-page = { $title } tiene { $pages } { $pages ->
        [one] página
       *[other] páginas
    }, no { $page }.
error-fax-picture-failed = no se pudo preparar la imagen de fax de la página { $page } ({ $reason }). La página igual va en el paquete tal como está.

## Configuración
error-settings-damaged = El archivo de ajustes ({ $path }) está dañado ({ $reason }). Abra Ajustes y vuelva a guardarlos.
error-settings-lock-range = Bloquear después de: escriba un número de minutos entre { $min } y { $max }.

## Solicitudes protegidas con una contraseña
error-passphrase-too-short = La contraseña debe tener al menos { $min } { $min ->
        [one] carácter
       *[other] caracteres
    }. Unas cuantas palabras que pueda recordar, con espacios, funcionan bien.
error-case-locked = Esta solicitud está bloqueada. Escriba su contraseña para abrirla.
error-vault-unreadable = No se puede leer el archivo { $file } de esta solicitud ({ $reason }).
error-vault-damaged = El archivo { $file } de esta solicitud está dañado ({ $reason }).
error-vault-damaged-salt = El archivo { $file } de esta solicitud está dañado (la sal).
error-case-newer = Esta solicitud se guardó con una versión más nueva de la aplicación. Instale la versión más nueva para abrirla. No se cambió nada.
error-clinic-needs-passphrase = Esta computadora está en modo clínica: cada solicitud nueva necesita una contraseña.
error-not-a-case-id = '{ $id }' no es el número de una solicitud.
error-vault-wrong = La contraseña no es correcta, o el archivo se cambió. Revise la contraseña (las mayúsculas y los espacios cuentan) y vuelva a intentarlo.
error-vault-truncated = El archivo está incompleto: no se copió o no se guardó entero. Cópielo otra vez desde donde vino.
error-vault-not-a-vault = Este no es un archivo cifrado hecho por esta aplicación.
error-vault-newer = Este archivo se hizo con una versión más nueva de la aplicación (formato { $found }). Instale la versión más nueva de la aplicación para abrirlo. El archivo no se cambió.
error-vault-bad-parameters = Este archivo pide un cifrado que esta aplicación no acepta, así que no se abrió. Es posible que lo hayan cambiado.
error-vault-random = La computadora no pudo producir los números al azar que se necesitan para cifrar ({ $reason }).

## Pasar una solicitud a otra computadora
error-export-cannot-open = No se puede abrir este archivo exportado: { $reason } No se cambió nada en esta computadora.
error-not-an-export = Este archivo no es una solicitud exportada por IMR Packet. No se cambió nada en esta computadora.
error-import-needs-passphrase = Esta computadora está en modo clínica: elija una contraseña para la solicitud que va a abrir.
error-import-was-protected = Esta solicitud tenía contraseña en la computadora de donde viene, así que aquí también la tendrá. Elija una contraseña nueva para ella en esta computadora.
error-import-same-passphrase = Elija una contraseña nueva para esta computadora, no la que se usó para el archivo: otras personas pueden conocerla.
error-already-protected = Esta solicitud ya tiene contraseña.
error-delete-needs-passphrase = Esta solicitud está protegida. Escriba su contraseña (o la de la persona que coordina la clínica) para borrarla.
error-delete-wrong-passphrase = Esa contraseña no abre esta solicitud y no es la de la persona que coordina la clínica. No se borró nada.
error-case-must-protect = En esta computadora cada solicitud necesita una contraseña. Póngale una a esta para abrirla.
error-coordinator-needed = Solo la persona que coordina la clínica puede cambiar esta configuración. Escriba su contraseña.
error-coordinator-wrong = La contraseña de la coordinación no es correcta. No se cambió nada.
error-settings-remove-range = Borrar solicitudes sin cambios desde hace: escriba un número de días de { $min } a { $max }, o déjelo en blanco.
error-import-unreadable = No se puede leer el archivo { $path } ({ $reason }).
error-export-newer = Este archivo exportado se hizo con una versión más nueva de la aplicación (versión { $found }). Instale la versión más nueva de la aplicación para abrirlo. No se cambió nada en esta computadora.

## Al abrir la aplicación
error-already-open = IMR Packet ya está abierta en esta computadora y usa la carpeta { $folder }. Use la ventana que ya está abierta (búsquela en la barra de tareas). Solo una ventana a la vez puede usar las mismas solicitudes, para que no se pierda ninguna respuesta.
error-cannot-start = IMR Packet no puede abrirse: { $reason }
error-recovered-case = El archivo de una solicitud se dañó y no se puede abrir. No se borró: se guardó como { $backup }. Sus otras solicitudes no se afectaron.
error-recovered-notes = Las notas de una solicitud (cuándo se cambió por última vez) se dañaron y se empezaron de nuevo. Sus respuestas y documentos están completos.

## La lista de solicitudes: una protegida no muestra el nombre
case-protected-name = Solicitud protegida, empezada el { $date } a las { $time }
case-protected-cannot-open-name = Una solicitud protegida que no se puede abrir
case-status-locked = Bloqueada
case-status-open = Abierta
