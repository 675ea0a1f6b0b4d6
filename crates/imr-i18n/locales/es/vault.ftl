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

vault-strength-short = Demasiado corta: use al menos 8 caracteres.
vault-strength-weak = Fácil de adivinar. Agregue una o dos palabras más.
vault-strength-fair = Regular. Una palabra más la haría mucho más difícil de adivinar.
vault-strength-strong = Fuerte.

vault-error-empty = Escriba la contraseña.
vault-error-short = La contraseña debe tener al menos 8 caracteres.
vault-error-mismatch = Las dos contraseñas no son iguales. Escriba la contraseña otra vez en el segundo cuadro.
vault-error-wrong = La contraseña no es correcta, o el archivo fue cambiado. Revise la contraseña (las mayúsculas y los espacios cuentan) e inténtelo otra vez.
vault-error-minutes = Bloquear después de: escriba un número de minutos entre 1 y 240.

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
