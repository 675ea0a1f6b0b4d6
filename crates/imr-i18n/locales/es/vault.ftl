# Contraseñas, bloqueo y borrar todo (ui/vault.js). Trate a la persona de "usted".

vault-lock-button = Bloquear
vault-start-protected = Empezar una solicitud nueva con contraseña
vault-start-protected-hint = En una computadora que usan otras personas, proteja la solicitud con una contraseña: sin ella, nadie puede leer las respuestas ni las cartas.
vault-clinic-mode-on = Esta computadora está en modo clínica: cada solicitud nueva se protege con una contraseña.
vault-this-computer = Esta computadora
vault-settings-link = Ajustes de esta computadora
vault-remove-all-link = Borrar todas las solicitudes de esta computadora

vault-passphrase-label = Contraseña
vault-confirm-label = Escriba la contraseña otra vez
vault-new-title = Proteja esta solicitud con una contraseña
vault-new-why = Las respuestas y las copias de las cartas se guardan cerradas con llave en esta computadora. Solo quien sabe la contraseña puede abrirlas.
vault-new-hint = Al menos 8 caracteres. Unas palabras que usted recuerde, con espacios, funcionan bien. Las mayúsculas cuentan.
vault-new-warning = Anote la contraseña y guárdela lejos de esta computadora. Si se olvida, nadie podrá abrir esta solicitud otra vez: ni la clínica, ni quienes hicieron esta aplicación.
vault-new-continue = Empezar la solicitud

vault-strength-short = Demasiado corta: use al menos { $min } caracteres.
vault-strength-weak = Fácil de adivinar. Agregue una o dos palabras más.
vault-strength-fair = Regular. Una palabra más la haría mucho más difícil de adivinar.
vault-strength-strong = Fuerte.

vault-error-empty = Escriba la contraseña.
vault-error-mismatch = Las dos contraseñas no son iguales. Escriba la contraseña otra vez en el segundo cuadro.

vault-unlock-title = Esta solicitud está bloqueada
vault-unlock-intro = Se bloqueó para mantenerla privada. Escriba su contraseña para abrirla otra vez. No se perdió nada.
vault-unlock-hint = Las mayúsculas y los espacios cuentan.
vault-unlock-button = Desbloquear
vault-back-to-start = Volver a la página de inicio

vault-settings-title = Ajustes de esta computadora
vault-clinic-mode-label = Modo clínica: cada solicitud nueva necesita una contraseña
vault-clinic-mode-hint = Actívelo en una computadora que usan varias personas, como en una clínica de ayuda legal.
vault-auto-lock-label = Bloquear una solicitud abierta después de estos minutos sin uso
vault-auto-lock-hint = Las solicitudes con contraseña se bloquean solas. De 1 a 240 minutos.
vault-settings-save = Guardar los ajustes

vault-remove-all-title = ¿Borrar todas las solicitudes de esta computadora?
vault-remove-all-what = Se borrarán todas las solicitudes de esta computadora: las respuestas y las copias de las cartas que guarda la aplicación. No se puede deshacer. Los ajustes de la aplicación se quedan: el modo clínica, el tiempo del bloqueo automático y el idioma.
vault-remove-all-yours = Sus propios archivos no se tocan: las cartas en sus carpetas y los paquetes que usted guardó.
vault-remove-all-disk = En algunos discos, los archivos borrados a veces se pueden recuperar con herramientas especiales. Las solicitudes protegidas con contraseña siguen ilegibles aun así.
vault-remove-all-yes = Sí, borrar todo
vault-remove-all-no = No, conservarlas
vault-removed-title = Se borró todo
vault-removed-body = No queda ninguna solicitud en esta computadora.

# Una solicitud sin contraseña en una computadora en modo clínica.
vault-unprotected-flag = Sin contraseña: cualquier persona en esta computadora puede abrirla.
vault-protect-now = Protegerla ahora
vault-protect-now-label = Proteger ahora la solicitud de { $name }
vault-protect-title = Proteja esta solicitud con una contraseña
vault-protect-intro = Las respuestas y las copias de las cartas que guarda la aplicación quedarán cerradas con llave en esta computadora. Solo quien sabe la contraseña puede abrirlas.
vault-protect-button = Proteger la solicitud
vault-protected-done = La solicitud ya está protegida. Para abrirla, elíjala abajo y escriba su contraseña.

# Ajustes para la persona que coordina la clínica.
vault-refuse-label = Permitir solo solicitudes con contraseña
vault-refuse-hint = Una solicitud sin contraseña debe protegerse antes de abrirse. Solo en modo clínica.
vault-remove-after-label = Al abrir la aplicación, borrar las solicitudes sin cambios desde hace estos días
vault-remove-after-hint = Déjelo en blanco para conservarlas. De 1 a 365 días. También se borran las solicitudes protegidas. Solo en modo clínica.
vault-coordinator-heading = Coordinación de la clínica
vault-coordinator-set = Hay una contraseña de coordinación: estos ajustes solo cambian con ella.
vault-coordinator-label = Contraseña de coordinación
vault-coordinator-hint = Se necesita para cambiar cualquiera de estos ajustes.
vault-coordinator-new-label = Nueva contraseña de coordinación (opcional)
vault-coordinator-new-hint = Cuando está puesta, nadie puede cambiar estos ajustes ni apagar el modo clínica sin ella. También sirve para borrar cualquier solicitud protegida. Al menos 8 caracteres.
vault-coordinator-confirm-label = Escriba otra vez la nueva contraseña de coordinación
vault-coordinator-remove-label = Quitar la contraseña de coordinación

# Lo que ve la coordinación en la página de inicio, en modo clínica.
vault-overview-heading = En esta computadora ahora
vault-overview-count = { $count ->
        [one] 1 solicitud
       *[other] { $count } solicitudes
    }, { $unprotected } sin contraseña.
vault-overview-oldest = La más antigua se cambió por última vez el { $when }.
vault-overview-removed = { $count ->
        [one] Al abrir la aplicación se borró 1 solicitud sin cambios desde hace { $days } días.
       *[other] Al abrir la aplicación se borraron { $count } solicitudes sin cambios desde hace { $days } días.
    }
vault-end-of-day = Al final del día: esta aplicación no puede borrar paquetes ni archivos de solicitud guardados en otros lugares, como la carpeta Descargas, el escritorio o una memoria USB. Revise esos lugares y borre lo que haya quedado.

# Borrar una solicitud protegida.
delete-heading-protected = ¿Borrar esta solicitud protegida?
delete-protected-which = { $name }.
delete-passphrase-label = Su contraseña, o la de la coordinación de la clínica

# Abrir una solicitud protegida que viene de otra computadora.
handoff-import-new-title = Elija una contraseña para esta computadora
handoff-import-new-label = Contraseña nueva para esta solicitud en esta computadora
handoff-import-new-hint = Al menos 8 caracteres. No la que se usó para el archivo. Anótela y guárdela lejos de esta computadora.
handoff-import-new-confirm-label = Escriba otra vez la contraseña nueva
