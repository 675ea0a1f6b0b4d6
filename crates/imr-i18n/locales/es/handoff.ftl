# Pasar una solicitud a otra computadora, abrir una aquí (ui/handoff.js). Trate a la
# persona de "usted".

handoff-export-link = Pasar esta solicitud a otra computadora
handoff-import-link = Abrir una solicitud de otra computadora
handoff-import-hint = (un archivo que alguien guardó para usted, con su contraseña)
handoff-file-kind = Archivo de solicitud
handoff-passphrase-label = Contraseña del archivo
handoff-confirm-label = Escriba la contraseña otra vez

handoff-export-title = Pasar esta solicitud a otra computadora
handoff-export-intro = La aplicación guarda esta solicitud (las respuestas y las copias de las cartas) en un solo archivo, cerrado con una contraseña. Puede llevar el archivo en una memoria USB o enviarlo. En la otra computadora, ábralo con esta aplicación.
handoff-export-hint = Al menos 8 caracteres. Unas pocas palabras, con espacios, funcionan bien. La persona que abra el archivo necesita esta contraseña.
handoff-export-warning = Dígale usted la contraseña a la otra persona, en persona o por teléfono. No la escriba en la memoria USB ni la envíe con el archivo: quien tenga las dos cosas puede leer la solicitud.
handoff-export-button = Elegir dónde guardar el archivo
handoff-export-dialog = Guardar el archivo de la solicitud

handoff-exported-title = El archivo de la solicitud está guardado
handoff-exported-where = Está guardado aquí: { $path }
handoff-exported-next = La solicitud también sigue en esta computadora. En la otra computadora, elija "Abrir una solicitud de otra computadora" en la página de inicio y escriba la contraseña.
handoff-back-to-tasks = Volver a la solicitud

handoff-import-title = Abrir una solicitud de otra computadora
handoff-import-dialog = Elija el archivo de la solicitud
handoff-import-file = Archivo: { $path }
handoff-import-passphrase-hint = Escriba la contraseña que le dijo la otra persona. Las mayúsculas y los espacios cuentan.
handoff-import-button = Abrir la solicitud

