# imr-app's own messages: errors the window shows, task and screen titles.
# Spanish is in ../es/app.ftl, with the same ids and placeholders.

## Errors
app-settings-not-saved = Your choice of language could not be saved on this computer ({ $reason }). The app will ask again next time.
