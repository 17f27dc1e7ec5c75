<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Discretion</name>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
</context>
<context>
    <name>FailureText</name>
    <message>
        <source>There is no safety number with them yet: exchange a message first.</source>
        <translation>Todavía no hay un número de seguridad con esta persona: primero intercambiad un mensaje.</translation>
    </message>
    <message>
        <source>Their identity key changed: nothing is sent to them until you compare the safety number and verify them, or accept the new key.</source>
        <translation>Su clave de identidad ha cambiado: no se le envía nada hasta que compares el número de seguridad y la verifiques, o aceptes la nueva clave.</translation>
    </message>
    <message>
        <source>Not connected to the relay.</source>
        <translation>Sin conexión con el relé.</translation>
    </message>
    <message>
        <source>This profile is not registered.</source>
        <translation>Este perfil no está registrado.</translation>
    </message>
    <message>
        <source>The relay could not parse a message from this program.</source>
        <translation>El relé no pudo leer un mensaje de este programa.</translation>
    </message>
    <message>
        <source>The relay does not know a request this program made.</source>
        <translation>El relé no conoce una petición que hizo este programa.</translation>
    </message>
    <message>
        <source>A message was larger than the relay accepts.</source>
        <translation>Un mensaje era más grande de lo que acepta el relé.</translation>
    </message>
    <message>
        <source>The relay expected a log-in first.</source>
        <translation>El relé esperaba primero un inicio de sesión.</translation>
    </message>
    <message>
        <source>The connection was already logged in.</source>
        <translation>La conexión ya había iniciado sesión.</translation>
    </message>
    <message>
        <source>The relay did not accept this device&apos;s signature.</source>
        <translation>El relé no aceptó la firma de este dispositivo.</translation>
    </message>
    <message>
        <source>The relay knows no account with this id.</source>
        <translation>El relé no conoce ninguna cuenta con este identificador.</translation>
    </message>
    <message>
        <source>The relay does not know this account; it may have been reset.</source>
        <translation>El relé no conoce esta cuenta; puede que se haya reiniciado.</translation>
    </message>
    <message>
        <source>The relay asks to slow down; try again in a moment.</source>
        <translation>El relé pide ir más despacio; inténtalo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>The relay could not store the message; try again later.</source>
        <translation>El relé no pudo guardar el mensaje; inténtalo de nuevo más tarde.</translation>
    </message>
    <message>
        <source>The relay needs a valid invite code to register.</source>
        <translation>El relé necesita un código de invitación válido para registrarse.</translation>
    </message>
    <message>
        <source>The relay did not accept the proof of work.</source>
        <translation>El relé no aceptó la prueba de trabajo.</translation>
    </message>
    <message>
        <source>The relay refused: this account lacks the role for it.</source>
        <translation>El relé se negó: esta cuenta no tiene el rol necesario.</translation>
    </message>
    <message>
        <source>The relay is shutting down; try again later.</source>
        <translation>El relé se está apagando; inténtalo de nuevo más tarde.</translation>
    </message>
    <message>
        <source>The relay is overloaded; try again later.</source>
        <translation>El relé está sobrecargado; inténtalo de nuevo más tarde.</translation>
    </message>
    <message>
        <source>The recipient has too many messages waiting on the relay; nothing was sent. Try again later.</source>
        <translation>La persona destinataria tiene demasiados mensajes esperando en el relé; no se envió nada. Inténtalo de nuevo más tarde.</translation>
    </message>
    <message>
        <source>You have sent as much as the relay allows in a day; try again later.</source>
        <translation>Has enviado todo lo que el relé permite en un día; inténtalo de nuevo más tarde.</translation>
    </message>
    <message>
        <source>The relay is short of disk space and takes no new messages for now; try again later.</source>
        <translation>Al relé le falta espacio en disco y por ahora no acepta mensajes nuevos; inténtalo de nuevo más tarde.</translation>
    </message>
    <message>
        <source>The relay refused a malformed request.</source>
        <translation>El relé rechazó una petición mal formada.</translation>
    </message>
    <message>
        <source>The relay refused a request.</source>
        <translation>El relé rechazó una petición.</translation>
    </message>
    <message>
        <source>There is no such room.</source>
        <translation>Esta sala no existe.</translation>
    </message>
    <message>
        <source>You are not a member of that room.</source>
        <translation>No eres miembro de esa sala.</translation>
    </message>
    <message>
        <source>You are already a member of that room.</source>
        <translation>Ya eres miembro de esa sala.</translation>
    </message>
    <message>
        <source>This room is full.</source>
        <translation>Esta sala está llena.</translation>
    </message>
    <message>
        <source>You are banned from that room.</source>
        <translation>Se te ha expulsado de esa sala.</translation>
    </message>
    <message>
        <source>You are muted in that room for now.</source>
        <translation>Por ahora no puedes escribir en esa sala.</translation>
    </message>
    <message>
        <source>This room admits people only with a moderator&apos;s approval.</source>
        <translation>Esta sala solo admite a personas con la aprobación de un moderador.</translation>
    </message>
    <message>
        <source>This room needs an invite code.</source>
        <translation>Esta sala necesita un código de invitación.</translation>
    </message>
    <message>
        <source>There is no such message in this room.</source>
        <translation>No existe ese mensaje en esta sala.</translation>
    </message>
    <message>
        <source>An organisation with this id exists already.</source>
        <translation>Ya existe una organización con este identificador.</translation>
    </message>
    <message>
        <source>It exists already.</source>
        <translation>Ya existe.</translation>
    </message>
    <message>
        <source>A room with this id exists already.</source>
        <translation>Ya existe una sala con este identificador.</translation>
    </message>
    <message>
        <source>There is no such organisation.</source>
        <translation>Esta organización no existe.</translation>
    </message>
    <message>
        <source>There is no such ticket (it may have ended).</source>
        <translation>Este turno no existe (puede que haya terminado).</translation>
    </message>
    <message>
        <source>Another worker took that ticket first.</source>
        <translation>Otra persona de la organización tomó ese turno antes.</translation>
    </message>
    <message>
        <source>The permanence is closed.</source>
        <translation>La permanencia está cerrada.</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>El mensaje está vacío.</translation>
    </message>
    <message>
        <source>The message is longer than %1 KiB.</source>
        <translation>El mensaje supera %1 KiB.</translation>
    </message>
    <message>
        <source>The comment is longer than %1 KiB.</source>
        <translation>El comentario supera %1 KiB.</translation>
    </message>
    <message>
        <source>That needs another account than this profile&apos;s own.</source>
        <translation>Para eso hace falta otra cuenta distinta de la de este perfil.</translation>
    </message>
    <message>
        <source>This device holds no message with that number in that room.</source>
        <translation>Este dispositivo no tiene ningún mensaje con ese número en esa sala.</translation>
    </message>
    <message>
        <source>This device holds no conversation for that ticket.</source>
        <translation>Este dispositivo no tiene ninguna conversación para ese turno.</translation>
    </message>
    <message>
        <source>No worker has taken the ticket yet; wait for one.</source>
        <translation>Nadie de la organización ha tomado todavía el turno; espera un poco.</translation>
    </message>
    <message>
        <source>This room has no moderator to send the report to.</source>
        <translation>Esta sala no tiene ningún moderador al que enviar la denuncia.</translation>
    </message>
    <message>
        <source>The report could not reach any moderator.</source>
        <translation>La denuncia no pudo llegar a ningún moderador.</translation>
    </message>
    <message>
        <source>This organisation has no worker to read it yet.</source>
        <translation>Esta organización todavía no tiene a nadie que pueda leerlo.</translation>
    </message>
    <message>
        <source>The message could not reach any worker.</source>
        <translation>El mensaje no pudo llegar a nadie de la organización.</translation>
    </message>
    <message>
        <source>Too many of your messages are waiting for this recipient on the relay; nothing was sent. Try again once they have read them.</source>
        <translation>Demasiados mensajes tuyos esperan a esta persona en el relé; no se envió nada. Inténtalo de nuevo cuando los haya leído.</translation>
    </message>
    <message>
        <source>Too many messages from your network are waiting for this recipient on the relay; nothing was sent. Try again later.</source>
        <translation>Demasiados mensajes desde tu red esperan a esta persona en el relé; no se envió nada. Inténtalo de nuevo más tarde.</translation>
    </message>
    <message>
        <source>Too many messages from new accounts of your network are waiting for this recipient on the relay; nothing was sent. Try again later.</source>
        <translation>Demasiados mensajes de cuentas nuevas de tu red esperan a esta persona en el relé; no se envió nada. Inténtalo de nuevo más tarde.</translation>
    </message>
    <message>
        <source>Many accounts of your network posted in rooms just now; try again in a moment.</source>
        <translation>Muchas cuentas de tu red acaban de publicar en salas; inténtalo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>The message could not reach any worker: too many messages from your network are waiting for them on the relay. Nothing was sent; try again later.</source>
        <translation>El mensaje no pudo llegar a nadie de la organización: demasiados mensajes desde tu red les esperan en el relé. No se envió nada; inténtalo de nuevo más tarde.</translation>
    </message>
    <message>
        <source>The message could not reach any worker: they have too many messages waiting on the relay. Nothing was sent; try again later.</source>
        <translation>El mensaje no pudo llegar a nadie de la organización: ya tienen demasiados mensajes esperando en el relé. No se envió nada; inténtalo de nuevo más tarde.</translation>
    </message>
    <message>
        <source>The recipient&apos;s keys do not verify; nothing was sent.</source>
        <translation>Las claves de la persona destinataria no se verifican; no se envió nada.</translation>
    </message>
    <message>
        <source>This device could not sign its keys.</source>
        <translation>Este dispositivo no pudo firmar sus claves.</translation>
    </message>
    <message>
        <source>A cryptographic operation failed on this device.</source>
        <translation>Una operación criptográfica falló en este dispositivo.</translation>
    </message>
    <message>
        <source>The relay asks for more proof of work than this program will do.</source>
        <translation>El relé pide más prueba de trabajo de la que hace este programa.</translation>
    </message>
    <message>
        <source>The relay speaks protocol version %1; this program speaks version %2.</source>
        <translation>El relé usa la versión %1 del protocolo; este programa usa la versión %2.</translation>
    </message>
    <message>
        <source>The relay sent a malformed challenge.</source>
        <translation>El relé envió un desafío mal formado.</translation>
    </message>
    <message>
        <source>The relay sent a second challenge; it was ignored.</source>
        <translation>El relé envió un segundo desafío; se ignoró.</translation>
    </message>
    <message>
        <source>The relay sent a malformed account id.</source>
        <translation>El relé envió un identificador de cuenta mal formado.</translation>
    </message>
    <message>
        <source>The relay answered a request with the wrong kind of frame.</source>
        <translation>El relé respondió a una petición con un tipo de trama equivocado.</translation>
    </message>
    <message>
        <source>The relay sent the key bundle of another account.</source>
        <translation>El relé envió las claves de otra cuenta.</translation>
    </message>
    <message>
        <source>The relay answered a request this program did not make.</source>
        <translation>El relé respondió a una petición que este programa no hizo.</translation>
    </message>
    <message>
        <source>The relay sent a message that does not parse; it was ignored.</source>
        <translation>El relé envió un mensaje que no se puede leer; se ignoró.</translation>
    </message>
    <message>
        <source>The relay sent a frame this program does not know; it was ignored.</source>
        <translation>El relé envió una trama que este programa no conoce; se ignoró.</translation>
    </message>
    <message>
        <source>The relay sent a frame this program does not handle; it was ignored.</source>
        <translation>El relé envió una trama que este programa no trata; se ignoró.</translation>
    </message>
    <message>
        <source>The relay delivered an envelope before the log-in.</source>
        <translation>El relé entregó un sobre antes del inicio de sesión.</translation>
    </message>
    <message>
        <source>The relay delivered a room entry before the log-in.</source>
        <translation>El relé entregó una entrada de sala antes del inicio de sesión.</translation>
    </message>
    <message>
        <source>The relay sent a malformed room entry; it was ignored.</source>
        <translation>El relé envió una entrada de sala mal formada; se ignoró.</translation>
    </message>
    <message>
        <source>The relay sent a malformed room answer; it was ignored.</source>
        <translation>El relé envió una respuesta de sala mal formada; se ignoró.</translation>
    </message>
    <message>
        <source>The relay sent a malformed notice; it was ignored.</source>
        <translation>El relé envió un aviso mal formado; se ignoró.</translation>
    </message>
    <message>
        <source>The resources directory is empty or damaged.</source>
        <translation>La lista de recursos está vacía o dañada.</translation>
    </message>
    <message>
        <source>A message that was not sealed for this device was dropped.</source>
        <translation>Se descartó un mensaje que no estaba sellado para este dispositivo.</translation>
    </message>
    <message>
        <source>A message whose keys are not those of the account it names was dropped.</source>
        <translation>Se descartó un mensaje cuyas claves no son las de la cuenta que nombra.</translation>
    </message>
    <message>
        <source>An envelope with a malformed sender was dropped.</source>
        <translation>Se descartó un sobre con un remitente mal formado.</translation>
    </message>
    <message>
        <source>A message of an unknown type was dropped.</source>
        <translation>Se descartó un mensaje de un tipo desconocido.</translation>
    </message>
    <message>
        <source>A message could not be decrypted: there is no session with its sender.</source>
        <translation>No se pudo descifrar un mensaje: no hay sesión con quien lo envió.</translation>
    </message>
    <message>
        <source>A message could not be decrypted and was dropped.</source>
        <translation>No se pudo descifrar un mensaje y se descartó.</translation>
    </message>
    <message>
        <source>A message did not decode and was dropped.</source>
        <translation>Un mensaje no se pudo decodificar y se descartó.</translation>
    </message>
    <message>
        <source>A malformed message for an organisation was dropped.</source>
        <translation>Se descartó un mensaje mal formado para una organización.</translation>
    </message>
    <message>
        <source>A malformed report was dropped.</source>
        <translation>Se descartó una denuncia mal formada.</translation>
    </message>
    <message>
        <source>A room key did not decode and was dropped.</source>
        <translation>Una clave de sala no se pudo decodificar y se descartó.</translation>
    </message>
    <message>
        <source>A room message could not be decrypted and was dropped.</source>
        <translation>No se pudo descifrar un mensaje de sala y se descartó.</translation>
    </message>
    <message>
        <source>A room message did not decode and was dropped.</source>
        <translation>Un mensaje de sala no se pudo decodificar y se descartó.</translation>
    </message>
    <message>
        <source>A room message did not match what the relay recorded and was dropped.</source>
        <translation>Un mensaje de sala no coincidía con lo que registró el relé y se descartó.</translation>
    </message>
    <message>
        <source>A room message waited too long for its sender&apos;s key and was dropped.</source>
        <translation>Un mensaje de sala esperó demasiado la clave de quien lo envió y se descartó.</translation>
    </message>
    <message>
        <source>A room message with a malformed sender was dropped.</source>
        <translation>Se descartó un mensaje de sala con un remitente mal formado.</translation>
    </message>
    <message>
        <source>Something went wrong inside the program.</source>
        <translation>Algo salió mal dentro del programa.</translation>
    </message>
    <message>
        <source>The room id</source>
        <translation>El identificador de la sala</translation>
    </message>
    <message>
        <source>The organisation id</source>
        <translation>El identificador de la organización</translation>
    </message>
    <message>
        <source>The region</source>
        <translation>La región</translation>
    </message>
    <message>
        <source>The Relais id</source>
        <translation>El identificador de Relais</translation>
    </message>
    <message>
        <source>The room&apos;s name</source>
        <translation>El nombre de la sala</translation>
    </message>
    <message>
        <source>The organisation&apos;s name</source>
        <translation>El nombre de la organización</translation>
    </message>
    <message>
        <source>The description</source>
        <translation>La descripción</translation>
    </message>
    <message>
        <source>The contact line</source>
        <translation>La línea de contacto</translation>
    </message>
    <message>
        <source>The language</source>
        <translation>El idioma</translation>
    </message>
    <message>
        <source>Who may join</source>
        <translation>Quién puede entrar</translation>
    </message>
    <message>
        <source>The role</source>
        <translation>El rol</translation>
    </message>
    <message>
        <source>The role&apos;s room or organisation</source>
        <translation>La sala o la organización del rol</translation>
    </message>
    <message>
        <source>How long the room keeps messages</source>
        <translation>Cuánto tiempo guarda la sala los mensajes</translation>
    </message>
    <message>
        <source>How long messages stay</source>
        <translation>Cuánto tiempo se quedan los mensajes</translation>
    </message>
    <message>
        <source>The number of members</source>
        <translation>El número de miembros</translation>
    </message>
    <message>
        <source>The moderator action</source>
        <translation>La acción de moderación</translation>
    </message>
    <message>
        <source>The message</source>
        <translation>El mensaje</translation>
    </message>
    <message>
        <source>The duration</source>
        <translation>La duración</translation>
    </message>
    <message>
        <source>The number of uses</source>
        <translation>El número de usos</translation>
    </message>
    <message>
        <source>How long the code works</source>
        <translation>Cuánto tiempo funciona el código</translation>
    </message>
    <message>
        <source>The day of the week</source>
        <translation>El día de la semana</translation>
    </message>
    <message>
        <source>The date</source>
        <translation>La fecha</translation>
    </message>
    <message>
        <source>The start time</source>
        <translation>La hora de inicio</translation>
    </message>
    <message>
        <source>The end time</source>
        <translation>La hora de fin</translation>
    </message>
    <message>
        <source>The message id</source>
        <translation>El identificador del mensaje</translation>
    </message>
    <message>
        <source>The ticket</source>
        <translation>El turno</translation>
    </message>
    <message>
        <source>The period</source>
        <translation>El periodo</translation>
    </message>
    <message>
        <source>The opening hours</source>
        <translation>El horario</translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation>Falta: %1.</translation>
    </message>
    <message>
        <source>%1 is longer than %2 bytes.</source>
        <translation>%1: más de %2 bytes.</translation>
    </message>
    <message>
        <source>%1 is above its limit of %2.</source>
        <translation>%1 supera su límite de %2.</translation>
    </message>
    <message>
        <source>%1 is not one this relay knows.</source>
        <translation>%1: este relé no lo conoce.</translation>
    </message>
    <message>
        <source>%1: no more than %2.</source>
        <translation>%1: no más de %2.</translation>
    </message>
    <message>
        <source>%1 is not allowed here.</source>
        <translation>%1: no está permitido aquí.</translation>
    </message>
    <message>
        <source>%1 is not written as it should be.</source>
        <translation>%1: no está escrito como debe.</translation>
    </message>
    <message>
        <source>A name must not be empty.</source>
        <translation>Un nombre no puede estar vacío.</translation>
    </message>
    <message>
        <source>A name is at most %1 bytes long.</source>
        <translation>Un nombre tiene como mucho %1 bytes.</translation>
    </message>
    <message>
        <source>A name must not contain control characters (tabs, line breaks).</source>
        <translation>Un nombre no puede contener caracteres de control (tabulaciones, saltos de línea).</translation>
    </message>
    <message>
        <source>A name must not start or end with a space.</source>
        <translation>Un nombre no puede empezar ni terminar con un espacio.</translation>
    </message>
    <message>
        <source>Another contact already has this id.</source>
        <translation>Otro contacto ya tiene este identificador.</translation>
    </message>
    <message>
        <source>A part of the request</source>
        <translation>Una parte de la petición</translation>
    </message>
    <message>
        <source>The relay address must start with ws:// or wss://.</source>
        <translation>La dirección del relé debe empezar por ws:// o wss://.</translation>
    </message>
    <message>
        <source>The relay address must not carry a user name.</source>
        <translation>La dirección del relé no puede llevar un nombre de usuario.</translation>
    </message>
    <message>
        <source>The relay address has an unclosed &apos;[&apos;.</source>
        <translation>La dirección del relé tiene un «[» sin cerrar.</translation>
    </message>
    <message>
        <source>The relay address has something unexpected after its host.</source>
        <translation>La dirección del relé tiene algo inesperado después del host.</translation>
    </message>
    <message>
        <source>The relay address has an empty port.</source>
        <translation>La dirección del relé tiene un puerto vacío.</translation>
    </message>
    <message>
        <source>The relay address has a malformed IPv6 host.</source>
        <translation>La dirección del relé tiene un host IPv6 mal formado.</translation>
    </message>
    <message>
        <source>The relay address has no host.</source>
        <translation>La dirección del relé no tiene host.</translation>
    </message>
    <message>
        <source>The relay address has a malformed host.</source>
        <translation>La dirección del relé tiene un host mal formado.</translation>
    </message>
    <message>
        <source>The relay address has a malformed port.</source>
        <translation>La dirección del relé tiene un puerto mal formado.</translation>
    </message>
    <message>
        <source>The relay port must be between 1 and 65535.</source>
        <translation>El puerto del relé debe estar entre 1 y 65535.</translation>
    </message>
    <message>
        <source>The relay address has a malformed path.</source>
        <translation>La dirección del relé tiene una ruta mal formada.</translation>
    </message>
    <message>
        <source>The relay address is not usable.</source>
        <translation>La dirección del relé no se puede usar.</translation>
    </message>
    <message>
        <source>The relay at %1 cannot be reached. Check the address and the connection.</source>
        <translation>No se puede llegar al relé en %1. Comprueba la dirección y la conexión.</translation>
    </message>
    <message>
        <source>The relay at %1 did not answer in time.</source>
        <translation>El relé en %1 no respondió a tiempo.</translation>
    </message>
    <message>
        <source>The relay at %1 could not prove who it is: its certificate is not trusted.</source>
        <translation>El relé en %1 no pudo demostrar quién es: su certificado no es de confianza.</translation>
    </message>
    <message>
        <source>The relay at %1 sent something this program does not accept.</source>
        <translation>El relé en %1 envió algo que este programa no acepta.</translation>
    </message>
    <message>
        <source>The certificate file given for the relay cannot be used.</source>
        <translation>El archivo de certificado indicado para el relé no se puede usar.</translation>
    </message>
    <message>
        <source>The connection to the relay at %1 failed.</source>
        <translation>La conexión con el relé en %1 falló.</translation>
    </message>
    <message>
        <source>this device does not allow writing there</source>
        <translation>este dispositivo no permite escribir ahí</translation>
    </message>
    <message>
        <source>the folder is missing</source>
        <translation>falta la carpeta</translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation>el archivo está dañado</translation>
    </message>
    <message>
        <source>the disk refused (it may be full or read-only)</source>
        <translation>el disco se negó (puede que esté lleno o sea de solo lectura)</translation>
    </message>
    <message>
        <source>the disk refused</source>
        <translation>el disco se negó</translation>
    </message>
    <message>
        <source>You are not on duty for this organisation: go on duty first.</source>
        <translation>No estás de guardia para esta organización: empieza primero la guardia.</translation>
    </message>
    <message>
        <source>This conversation was handed to a colleague; you can no longer write in it.</source>
        <translation>Esta conversación se pasó a una compañera o un compañero; ya no puedes escribir en ella.</translation>
    </message>
    <message>
        <source>That colleague is not on duty now; choose another one.</source>
        <translation>Esa compañera o ese compañero no está de guardia ahora; elige a otra persona.</translation>
    </message>
    <message>
        <source>The person has not come back since the relay restarted; write once she is back.</source>
        <translation>La persona no ha vuelto desde que el relé se reinició; escríbele cuando vuelva.</translation>
    </message>
    <message>
        <source>This message is not on this device any more.</source>
        <translation>Este mensaje ya no está en este dispositivo.</translation>
    </message>
    <message>
        <source>A message for a permanence conversation this device does not hold was dropped.</source>
        <translation>Se descartó un mensaje de una conversación de permanencia que este dispositivo no tiene.</translation>
    </message>
    <message>
        <source>This report is not on this device any more.</source>
        <translation>Esta denuncia ya no está en este dispositivo.</translation>
    </message>
    <message>
        <source>The relay&apos;s inbox does not list this message (it was full when it came): it cannot be marked handled for your colleagues.</source>
        <translation>El buzón del relé no incluye este mensaje (estaba lleno cuando llegó): no se puede marcar como atendido para tus compañeras y compañeros.</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Quick exit</source>
        <translation>Salida rápida</translation>
    </message>
    <message>
        <source>Press Escape twice, or the Quick exit button: every window disappears at once and the profile is locked. Open the program again and type your passphrase to come back.</source>
        <translation>Pulsa Escape dos veces, o el botón Salida rápida: todas las ventanas desaparecen de golpe y el perfil se bloquea. Abre el programa otra vez y escribe tu frase de acceso para volver.</translation>
    </message>
    <message>
        <source>What stays on this computer</source>
        <translation>Lo que queda en este ordenador</translation>
    </message>
    <message>
        <source>Your messages, contacts and keys are kept in one encrypted file, readable only with your passphrase. Nobody can recover the passphrase: if it is forgotten, the profile is lost.</source>
        <translation>Tus mensajes, contactos y claves se guardan en un solo archivo cifrado, que solo se puede leer con tu frase de acceso. Nadie puede recuperar la frase de acceso: si la olvidas, el perfil se pierde.</translation>
    </message>
    <message>
        <source>A search of the computer can still show that the program is installed, that the folder %1 exists and how big it is, when it last changed, and the preferences file %2 (language, lock time; no messages).</source>
        <translation>Un registro del ordenador aún puede mostrar que el programa está instalado, que la carpeta %1 existe y cuánto ocupa, cuándo cambió por última vez, y el archivo de preferencias %2 (idioma, tiempo de bloqueo; ningún mensaje).</translation>
    </message>
    <message>
        <source>Turn on discretion in the settings to give the window a neutral title and icon. Keep message text out of notifications unless you are alone with this computer.</source>
        <translation>Activa la discreción en los ajustes para dar a la ventana un título y un icono neutros. No muestres el texto de los mensajes en las notificaciones salvo si estás a solas con este ordenador.</translation>
    </message>
    <message>
        <source>Removing the program and its data</source>
        <translation>Quitar el programa y sus datos</translation>
    </message>
    <message>
        <source>Quit the program.</source>
        <translation>Cierra el programa.</translation>
    </message>
    <message>
        <source>Delete the folder %1 (this erases the profile for good).</source>
        <translation>Borra la carpeta %1 (esto borra el perfil para siempre).</translation>
    </message>
    <message>
        <source>Uninstall the program with your system&apos;s software tool (for example: sudo apt remove relais), and empty the trash.</source>
        <translation>Desinstala el programa con la herramienta de software de tu sistema (por ejemplo: sudo apt remove relais) y vacía la papelera.</translation>
    </message>
    <message>
        <source>The relay keeps no name, no telephone number and no address of yours. Your account there stops being used when the profile is deleted.</source>
        <translation>El relé no guarda ningún nombre, número de teléfono ni dirección tuya. Tu cuenta allí deja de usarse cuando se borra el perfil.</translation>
    </message>
</context>
<context>
    <name>Notification</name>
    <message>
        <source>Something new arrived.</source>
        <translation>Ha llegado algo nuevo.</translation>
    </message>
    <message>
        <source>%1 in %2: %3</source>
        <translation>%1 en %2: %3</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <source>Choose a passphrase.</source>
        <translation>Elige una frase de acceso.</translation>
    </message>
    <message>
        <source>Weak: a few words nobody would link to you are easier to remember and harder to guess.</source>
        <translation>Débil: unas cuantas palabras que nadie relacionaría contigo son más fáciles de recordar y más difíciles de adivinar.</translation>
    </message>
    <message>
        <source>Fair: one or two more words would make it much stronger.</source>
        <translation>Aceptable: una o dos palabras más la harían mucho más fuerte.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Fuerte.</translation>
    </message>
</context>
<context>
    <name>relais::qt::AdminDialog</name>
    <message>
        <source>Administration</source>
        <translation>Administración</translation>
    </message>
    <message>
        <source>For the relay&apos;s admins (invite codes for an invite room: its moderators too). The relay refuses anyone else.</source>
        <translation>Para quienes administran el relé (códigos de invitación para una sala con invitación: también sus moderadores). El relé rechaza a cualquier otra persona.</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>New room</source>
        <translation>Sala nueva</translation>
    </message>
    <message>
        <source>Invite code</source>
        <translation>Código de invitación</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Organización nueva</translation>
    </message>
    <message>
        <source>Here is the code; it works until %1.</source>
        <translation>Aquí tienes el código; funciona hasta el %1.</translation>
    </message>
    <message>
        <source>Here is the code.</source>
        <translation>Aquí tienes el código.</translation>
    </message>
    <message>
        <source>26 letters and digits, as &quot;My id&quot; shows it</source>
        <translation>26 letras y cifras, como las muestra «Mi identificador»</translation>
    </message>
    <message>
        <source>Relais id</source>
        <translation>Identificador de Relais</translation>
    </message>
    <message>
        <source>Moderator of a room</source>
        <translation>Moderador de una sala</translation>
    </message>
    <message>
        <source>Outreach worker of an organisation</source>
        <translation>Trabajador/a de calle de una organización</translation>
    </message>
    <message>
        <source>Admin of the relay</source>
        <translation>Administración del relé</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Room or organisation id</source>
        <translation>Identificador de sala u organización</translation>
    </message>
    <message>
        <source>Give the role</source>
        <translation>Dar el rol</translation>
    </message>
    <message>
        <source>Take the role away</source>
        <translation>Quitar el rol</translation>
    </message>
    <message>
        <source>Asking the relay…</source>
        <translation>Preguntando al relé…</translation>
    </message>
    <message>
        <source>lowercase letters, digits, &apos;-&apos;: liege</source>
        <translation>minúsculas, cifras, «-»: liege</translation>
    </message>
    <message>
        <source>Room id</source>
        <translation>Identificador de la sala</translation>
    </message>
    <message>
        <source>Name in French</source>
        <translation>Nombre en francés</translation>
    </message>
    <message>
        <source>Name in Dutch</source>
        <translation>Nombre en neerlandés</translation>
    </message>
    <message>
        <source>Open: anyone may join</source>
        <translation>Abierta: cualquiera puede entrar</translation>
    </message>
    <message>
        <source>Knock: a moderator lets people in</source>
        <translation>Con petición: un moderador deja entrar</translation>
    </message>
    <message>
        <source>Invite: with a code only</source>
        <translation>Con invitación: solo con un código</translation>
    </message>
    <message>
        <source>Who may join</source>
        <translation>Quién puede entrar</translation>
    </message>
    <message>
        <source>optional: the city&apos;s room, for the resources</source>
        <translation>opcional: la sala de la ciudad, para los recursos</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Create the room</source>
        <translation>Crear la sala</translation>
    </message>
    <message>
        <source>empty: a code to register on this relay</source>
        <translation>vacío: un código para registrarse en este relé</translation>
    </message>
    <message>
        <source>Invite room id</source>
        <translation>Identificador de la sala con invitación</translation>
    </message>
    <message>
        <source>Works this many times</source>
        <translation>Funciona tantas veces</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>the relay&apos;s default (a week)</source>
        <translation>lo habitual del relé (una semana)</translation>
    </message>
    <message>
        <source>Valid for</source>
        <translation>Válido durante</translation>
    </message>
    <message>
        <source>Create a code</source>
        <translation>Crear un código</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>lowercase letters, digits, &apos;-&apos;: espace-p</source>
        <translation>minúsculas, cifras, «-»: espace-p</translation>
    </message>
    <message>
        <source>Organisation id</source>
        <translation>Identificador de la organización</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>What it offers</source>
        <translation>Lo que ofrece</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>How to reach it</source>
        <translation>Cómo contactarla</translation>
    </message>
    <message>
        <source>Create the organisation</source>
        <translation>Crear la organización</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>relais::qt::AdminRequests</name>
    <message>
        <source>This is not a Relais id (26 letters and digits).</source>
        <translation>Esto no es un identificador de Relais (26 letras y cifras).</translation>
    </message>
    <message>
        <source>The admin role is for the whole relay: give no room.</source>
        <translation>El rol de administración es para todo el relé: no indiques ninguna sala.</translation>
    </message>
    <message>
        <source>Give the id of the room, such as brussels.</source>
        <translation>Indica el identificador de la sala, por ejemplo brussels.</translation>
    </message>
    <message>
        <source>Give the id of the organisation, such as espace-p.</source>
        <translation>Indica el identificador de la organización, por ejemplo espace-p.</translation>
    </message>
    <message>
        <source>The role is moderator, outreach worker or admin.</source>
        <translation>El rol es moderador, trabajador/a de calle o administración.</translation>
    </message>
    <message>
        <source>Languages are two-letter codes separated by commas: fr, nl, en.</source>
        <translation>Los idiomas son códigos de dos letras separados por comas: fr, nl, en.</translation>
    </message>
    <message>
        <source>Give at most %1 languages.</source>
        <translation>Indica como mucho %1 idiomas.</translation>
    </message>
    <message>
        <source>A room id is 1 to %1 lowercase letters, digits or &apos;-&apos;.</source>
        <translation>Un identificador de sala tiene de 1 a %1 minúsculas, cifras o «-».</translation>
    </message>
    <message>
        <source>A room needs a name in French and in Dutch.</source>
        <translation>Una sala necesita un nombre en francés y en neerlandés.</translation>
    </message>
    <message>
        <source>A room name is at most %1 bytes.</source>
        <translation>El nombre de una sala tiene como mucho %1 bytes.</translation>
    </message>
    <message>
        <source>The join policy is open, knock or invite.</source>
        <translation>La regla de entrada es open, knock o invite.</translation>
    </message>
    <message>
        <source>A region is a room id, such as brussels.</source>
        <translation>Una región es un identificador de sala, por ejemplo brussels.</translation>
    </message>
    <message>
        <source>An organisation id is 1 to %1 lowercase letters, digits or &apos;-&apos;.</source>
        <translation>Un identificador de organización tiene de 1 a %1 minúsculas, cifras o «-».</translation>
    </message>
    <message>
        <source>An organisation&apos;s name is 1 to %1 bytes.</source>
        <translation>El nombre de una organización tiene de 1 a %1 bytes.</translation>
    </message>
    <message>
        <source>A description is at most %1 bytes.</source>
        <translation>Una descripción tiene como mucho %1 bytes.</translation>
    </message>
    <message>
        <source>A contact line is at most %1 bytes.</source>
        <translation>Una línea de contacto tiene como mucho %1 bytes.</translation>
    </message>
    <message>
        <source>The profile is locked.</source>
        <translation>El perfil está bloqueado.</translation>
    </message>
    <message>
        <source>%1 has the role now.</source>
        <translation>%1 tiene ahora el rol.</translation>
    </message>
    <message>
        <source>%1 no longer has the role.</source>
        <translation>%1 ya no tiene el rol.</translation>
    </message>
    <message>
        <source>The room %1 was created.</source>
        <translation>Se creó la sala %1.</translation>
    </message>
    <message>
        <source>A code works from 1 to %1 times.</source>
        <translation>Un código funciona de 1 a %1 veces.</translation>
    </message>
    <message>
        <source>A code is valid for at most %1 days.</source>
        <translation>Un código es válido como mucho %1 días.</translation>
    </message>
    <message>
        <source>The organisation %1 was created.</source>
        <translation>Se creó la organización %1.</translation>
    </message>
</context>
<context>
    <name>relais::qt::ChatPage</name>
    <message>
        <source>Safety number</source>
        <translation>Número de seguridad</translation>
    </message>
    <message>
        <source>Mark verified (the safety numbers match)</source>
        <translation>Marcar como verificada (los números de seguridad coinciden)</translation>
    </message>
    <message>
        <source>Accept the new identity key without comparing</source>
        <translation>Aceptar la nueva clave de identidad sin comparar</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rooms&lt;/b&gt;</source>
        <translation>&lt;b&gt;Salas&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Direct conversations&lt;/b&gt;</source>
        <translation>&lt;b&gt;Conversaciones directas&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Join this room</source>
        <translation>Entrar en esta sala</translation>
    </message>
    <message>
        <source>Write a message</source>
        <translation>Escribe un mensaje</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <source>Outreach desk</source>
        <translation>Puesto de atención</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <source>Permanence</source>
        <translation>Permanencia</translation>
    </message>
    <message>
        <source>Moderation</source>
        <translation>Moderación</translation>
    </message>
    <message>
        <source>Choose a room or a conversation on the left.</source>
        <translation>Elige una sala o una conversación a la izquierda.</translation>
    </message>
    <message>
        <source>Safety alert</source>
        <translation>Alerta de seguridad</translation>
    </message>
    <message>
        <source>Write privately</source>
        <translation>Escribir en privado</translation>
    </message>
    <message>
        <source>Mute for an hour</source>
        <translation>Silenciar una hora</translation>
    </message>
    <message>
        <source>Remove from the room</source>
        <translation>Sacar de la sala</translation>
    </message>
    <message>
        <source>Ban from the room</source>
        <translation>Expulsar de la sala</translation>
    </message>
    <message>
        <source>Report this message…</source>
        <translation>Denunciar este mensaje…</translation>
    </message>
    <message>
        <source>Remove this message</source>
        <translation>Quitar este mensaje</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Denunciar</translation>
    </message>
    <message>
        <source>Why do you report it?</source>
        <translation>¿Por qué lo denuncias?</translation>
    </message>
    <message>
        <source>A comment for the moderators (optional):</source>
        <translation>Un comentario para los moderadores (opcional):</translation>
    </message>
    <message>
        <source>Write to an id…</source>
        <translation>Escribir a un identificador…</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>Conversación nueva</translation>
    </message>
    <message>
        <source>The person&apos;s Relais id (26 letters and digits; they see it in their profile):</source>
        <translation>El identificador de Relais de la persona (26 letras y cifras; lo ve en su perfil):</translation>
    </message>
    <message>
        <source>A name for this person, on this computer only:</source>
        <translation>Un nombre para esta persona, solo en este ordenador:</translation>
    </message>
    <message>
        <source>Leave this room</source>
        <translation>Salir de esta sala</translation>
    </message>
    <message>
        <source>Invite code</source>
        <translation>Código de invitación</translation>
    </message>
    <message>
        <source>%1 admits members with an invite code from its moderators. The code:</source>
        <translation>%1 admite miembros con un código de invitación de sus moderadores. El código:</translation>
    </message>
    <message>
        <source>Chat permanences (Brussels time)</source>
        <translation>Permanencias de chat (hora de Bruselas)</translation>
    </message>
    <message>
        <source>Mark verified</source>
        <translation>Marcar como verificada</translation>
    </message>
    <message>
        <source>Accept the new key</source>
        <translation>Aceptar la nueva clave</translation>
    </message>
</context>
<context>
    <name>relais::qt::ConversationModel</name>
    <message>
        <source>a moderator</source>
        <translation>un moderador</translation>
    </message>
    <message>
        <source>an outreach worker</source>
        <translation>una persona de la organización</translation>
    </message>
    <message>
        <source>an administrator</source>
        <translation>una persona administradora</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Tú</translation>
    </message>
    <message>
        <source>sending…</source>
        <translation>enviando…</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>enviado</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>no enviado</translation>
    </message>
    <message>
        <source>Safety alert</source>
        <translation>Alerta de seguridad</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>alguien</translation>
    </message>
    <message>
        <source>%1 joined the room.</source>
        <translation>%1 entró en la sala.</translation>
    </message>
    <message>
        <source>%1 left the room.</source>
        <translation>%1 salió de la sala.</translation>
    </message>
    <message>
        <source>%1 was removed from the room by a moderator.</source>
        <translation>Un moderador sacó a %1 de la sala.</translation>
    </message>
    <message>
        <source>%1 was banned by a moderator.</source>
        <translation>Un moderador expulsó a %1.</translation>
    </message>
    <message>
        <source>%1 may join again.</source>
        <translation>%1 puede volver a entrar.</translation>
    </message>
    <message>
        <source>%1 may write again.</source>
        <translation>%1 puede volver a escribir.</translation>
    </message>
    <message>
        <source>%1 was muted until %2.</source>
        <translation>%1 no puede escribir hasta %2.</translation>
    </message>
    <message>
        <source>A moderator removed a message.</source>
        <translation>Un moderador quitó un mensaje.</translation>
    </message>
    <message>
        <source>A moderator pinned a safety alert.</source>
        <translation>Un moderador fijó una alerta de seguridad.</translation>
    </message>
    <message>
        <source>A moderator unpinned the safety alert.</source>
        <translation>Un moderador quitó la alerta de seguridad.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 es ahora %2.</translation>
    </message>
    <message>
        <source>%1 is no longer %2.</source>
        <translation>%1 ya no es %2.</translation>
    </message>
    <message>
        <source>A chat permanence opened.</source>
        <translation>Se abrió una permanencia de chat.</translation>
    </message>
    <message>
        <source>The chat permanence closed.</source>
        <translation>La permanencia de chat se cerró.</translation>
    </message>
    <message>
        <source>Something changed in the room.</source>
        <translation>Algo cambió en la sala.</translation>
    </message>
    <message>
        <source>a member</source>
        <translation>un miembro</translation>
    </message>
    <message>
        <source>A moderator removed you from this room. You can join it again.</source>
        <translation>Un moderador te sacó de esta sala. Puedes volver a entrar.</translation>
    </message>
    <message>
        <source>A moderator banned you from this room: you can no longer read or write here, nor join again, unless a moderator lifts the ban.</source>
        <translation>Un moderador te expulsó de esta sala: ya no puedes leer ni escribir aquí, ni volver a entrar, salvo que un moderador levante la expulsión.</translation>
    </message>
    <message>
        <source>A moderator lifted your ban: you can join this room again.</source>
        <translation>Un moderador levantó tu expulsión: puedes volver a entrar en esta sala.</translation>
    </message>
    <message>
        <source>A moderator lifted your mute: you can write again.</source>
        <translation>Un moderador te devolvió la palabra: puedes volver a escribir.</translation>
    </message>
    <message>
        <source>A moderator muted you until %1: you can read, and write again after that.</source>
        <translation>Un moderador no te deja escribir hasta %1: puedes leer, y volver a escribir después.</translation>
    </message>
</context>
<context>
    <name>relais::qt::EngineHost</name>
    <message>
        <source>Warning: the identity key of %1 changed. It may be a new phone, or someone else: nothing is sent to them until you compare the safety number and mark them verified, or accept the new key.</source>
        <translation>Atención: la clave de identidad de %1 ha cambiado. Puede ser un teléfono nuevo, u otra persona: no se le envía nada hasta que compares el número de seguridad y la marques como verificada, o aceptes la nueva clave.</translation>
    </message>
    <message>
        <source>No profile folder.</source>
        <translation>Ninguna carpeta de perfil.</translation>
    </message>
    <message>
        <source>There is already a profile in %1; unlock it instead.</source>
        <translation>Ya hay un perfil en %1; desbloquéalo en su lugar.</translation>
    </message>
    <message>
        <source>The passphrase is empty.</source>
        <translation>La frase de acceso está vacía.</translation>
    </message>
    <message>
        <source>The CA file %1 cannot be read.</source>
        <translation>No se puede leer el archivo CA %1.</translation>
    </message>
    <message>
        <source>There is no profile in %1.</source>
        <translation>No hay ningún perfil en %1.</translation>
    </message>
    <message>
        <source>Wrong passphrase.</source>
        <translation>Frase de acceso incorrecta.</translation>
    </message>
    <message>
        <source>The profile in %1 is damaged.</source>
        <translation>El perfil en %1 está dañado.</translation>
    </message>
    <message>
        <source>The profile is open in another program; close it first.</source>
        <translation>El perfil está abierto en otro programa; ciérralo primero.</translation>
    </message>
    <message>
        <source>The profile in %1 is not registered.</source>
        <translation>El perfil en %1 no está registrado.</translation>
    </message>
    <message>
        <source>The profile is locked.</source>
        <translation>El perfil está bloqueado.</translation>
    </message>
    <message>
        <source>The passphrase is being changed already.</source>
        <translation>La frase de acceso ya se está cambiando.</translation>
    </message>
    <message>
        <source>The new passphrase is empty.</source>
        <translation>La nueva frase de acceso está vacía.</translation>
    </message>
    <message>
        <source>The new passphrase is too weak; add a few words.</source>
        <translation>La nueva frase de acceso es demasiado débil; añade unas palabras.</translation>
    </message>
    <message>
        <source>The new passphrase is the same as the current one.</source>
        <translation>La nueva frase de acceso es igual que la actual.</translation>
    </message>
    <message>
        <source>The profile could not be read.</source>
        <translation>No se pudo leer el perfil.</translation>
    </message>
    <message>
        <source>The current passphrase is wrong.</source>
        <translation>La frase de acceso actual es incorrecta.</translation>
    </message>
    <message>
        <source>The profile could not be read: %1</source>
        <translation>No se pudo leer el perfil: %1</translation>
    </message>
    <message>
        <source>The passphrase could not be changed: %1</source>
        <translation>No se pudo cambiar la frase de acceso: %1</translation>
    </message>
    <message>
        <source>The relay closed the connection.</source>
        <translation>El relé cerró la conexión.</translation>
    </message>
    <message>
        <source>The profile could not be saved: %1</source>
        <translation>No se pudo guardar el perfil: %1</translation>
    </message>
    <message>
        <source>The profile could not be created in %1: %2</source>
        <translation>No se pudo crear el perfil en %1: %2</translation>
    </message>
    <message>
        <source>The relay address is not usable.</source>
        <translation>La dirección del relé no se puede usar.</translation>
    </message>
    <message>
        <source>The pseudonym is not usable: %1</source>
        <translation>El seudónimo no se puede usar: %1</translation>
    </message>
</context>
<context>
    <name>relais::qt::MainWindow</name>
    <message>
        <source>Locked after a time without use.</source>
        <translation>Bloqueado tras un tiempo sin uso.</translation>
    </message>
    <message>
        <source>Your profile was created.</source>
        <translation>Tu perfil se ha creado.</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>Salida rápida</translation>
    </message>
    <message>
        <source>Hides everything at once and locks (or press Escape twice).</source>
        <translation>Lo oculta todo de golpe y bloquea (o pulsa Escape dos veces).</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <source>Passphrase…</source>
        <translation>Frase de acceso…</translation>
    </message>
    <message>
        <source>Change the passphrase of this profile.</source>
        <translation>Cambiar la frase de acceso de este perfil.</translation>
    </message>
    <message>
        <source>Administration…</source>
        <translation>Administración…</translation>
    </message>
    <message>
        <source>Roles, rooms, invite codes and organisations (admins).</source>
        <translation>Roles, salas, códigos de invitación y organizaciones (administración).</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Recursos</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ayuda</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <source>Offline; trying again</source>
        <translation>Sin conexión; se vuelve a intentar</translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation>Se cambió la frase de acceso.</translation>
    </message>
    <message>
        <source>My id</source>
        <translation>Mi identificador</translation>
    </message>
    <message>
        <source>&lt;p&gt;Pseudonym: &lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Relais id (give it to someone who wants to write to you):&lt;br&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Seudónimo: &lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Identificador de Relais (dáselo a quien quiera escribirte):&lt;br&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>relais::qt::MemberModel</name>
    <message>
        <source>If they read you the same digits (in person, or in a call where you know their voice), nobody is in the middle: mark them verified with the button below.</source>
        <translation>Si la persona te lee las mismas cifras (en persona, o en una llamada en la que reconoces su voz), no hay nadie en medio: márcala como verificada con el botón de abajo.</translation>
    </message>
    <message>
        <source>identity key changed: compare the safety number</source>
        <translation>la clave de identidad cambió: compara el número de seguridad</translation>
    </message>
    <message>
        <source>name like someone you know: it may not be them</source>
        <translation>nombre parecido al de alguien que conoces: puede que no sea esa persona</translation>
    </message>
    <message>
        <source>(you)</source>
        <translation>(tú)</translation>
    </message>
    <message>
        <source>moderator</source>
        <translation>moderador</translation>
    </message>
    <message>
        <source>outreach worker</source>
        <translation>trabajador/a de calle</translation>
    </message>
    <message>
        <source>Safety number:</source>
        <translation>Número de seguridad:</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>verificada</translation>
    </message>
</context>
<context>
    <name>relais::qt::ModLogModel</name>
    <message>
        <source>moderator</source>
        <translation>moderador</translation>
    </message>
    <message>
        <source>outreach worker</source>
        <translation>trabajador/a de calle</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>administración</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Alguien</translation>
    </message>
    <message>
        <source>%1 let %2 in</source>
        <translation>%1 dejó entrar a %2</translation>
    </message>
    <message>
        <source>%1 refused %2</source>
        <translation>%1 rechazó a %2</translation>
    </message>
    <message>
        <source>%1 removed %2 from the room</source>
        <translation>%1 sacó a %2 de la sala</translation>
    </message>
    <message>
        <source>%1 banned %2</source>
        <translation>%1 expulsó a %2</translation>
    </message>
    <message>
        <source>%1 lifted the ban on %2</source>
        <translation>%1 levantó la expulsión de %2</translation>
    </message>
    <message>
        <source>%1 let %2 speak again</source>
        <translation>%1 dejó volver a escribir a %2</translation>
    </message>
    <message>
        <source>%1 muted %2 for %3</source>
        <translation>%1 silenció a %2 durante %3</translation>
    </message>
    <message>
        <source>%1 removed message %2</source>
        <translation>%1 quitó el mensaje %2</translation>
    </message>
    <message>
        <source>%1 pinned message %2</source>
        <translation>%1 fijó el mensaje %2</translation>
    </message>
    <message>
        <source>%1 pinned message %2 for %3</source>
        <translation>%1 fijó el mensaje %2 durante %3</translation>
    </message>
    <message>
        <source>%1 unpinned message %2</source>
        <translation>%1 desfijó el mensaje %2</translation>
    </message>
    <message>
        <source>%1 made %2 %3</source>
        <translation>%1 hizo a %2 %3</translation>
    </message>
    <message>
        <source>%1 took the %3 role from %2</source>
        <translation>%1 quitó el rol %3 a %2</translation>
    </message>
    <message>
        <source>By: %1</source>
        <translation>Por: %1</translation>
    </message>
    <message>
        <source>About: %1</source>
        <translation>Sobre: %1</translation>
    </message>
    <message>
        <source>Reading the log…</source>
        <translation>Leyendo el registro…</translation>
    </message>
    <message>
        <source>Nothing in the log yet.</source>
        <translation>Todavía no hay nada en el registro.</translation>
    </message>
    <message>
        <source>The relay did not give the log: %1</source>
        <translation>El relé no dio el registro: %1</translation>
    </message>
    <message>
        <source>member</source>
        <translation>miembro</translation>
    </message>
    <message>
        <source>%1 did something this program does not know</source>
        <translation>%1 hizo algo que este programa no conoce</translation>
    </message>
</context>
<context>
    <name>relais::qt::ModerationPanel</name>
    <message>
        <source>Requests and reports</source>
        <translation>Peticiones y denuncias</translation>
    </message>
    <message>
        <source>Join requests</source>
        <translation>Peticiones de entrada</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Aprobar</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Denuncias</translation>
    </message>
    <message>
        <source>Remove the message</source>
        <translation>Quitar el mensaje</translation>
    </message>
    <message>
        <source>Ban the sender</source>
        <translation>Expulsar a quien lo envió</translation>
    </message>
    <message>
        <source>✔ verified: the relay confirms this person sent exactly this text. A report that is not verified may be forged.</source>
        <translation>✔ verificada: el relé confirma que esta persona envió exactamente este texto. Una denuncia no verificada puede ser falsa.</translation>
    </message>
    <message>
        <source>Safety alert</source>
        <translation>Alerta de seguridad</translation>
    </message>
    <message>
        <source>A warning for everyone in the room</source>
        <translation>Un aviso para todas las personas de la sala</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Fijar</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>%1 · since %2</source>
        <translation>%1 · desde %2</translation>
    </message>
    <message>
        <source>Nobody is waiting.</source>
        <translation>No espera nadie.</translation>
    </message>
    <message>
        <source>Mark as handled</source>
        <translation>Marcar como atendido</translation>
    </message>
    <message>
        <source>Show the handled reports</source>
        <translation>Mostrar las denuncias atendidas</translation>
    </message>
</context>
<context>
    <name>relais::qt::PassphraseDialog</name>
    <message>
        <source>Change the passphrase</source>
        <translation>Cambiar la frase de acceso</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Frase de acceso actual</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Frase de acceso nueva</translation>
    </message>
    <message>
        <source>The new one again</source>
        <translation>La nueva otra vez</translation>
    </message>
    <message>
        <source>Nobody can recover a forgotten passphrase, not even the relay&apos;s operators: without it, the profile is lost.</source>
        <translation>Nadie puede recuperar una frase de acceso olvidada, ni siquiera quienes gestionan el relé: sin ella, el perfil se pierde.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambiar</translation>
    </message>
    <message>
        <source>Give the current passphrase.</source>
        <translation>Escribe la frase de acceso actual.</translation>
    </message>
    <message>
        <source>The new passphrase is too weak; add a few words.</source>
        <translation>La nueva frase de acceso es demasiado débil; añade unas palabras.</translation>
    </message>
    <message>
        <source>The two new passphrases differ.</source>
        <translation>Las dos frases nuevas no coinciden.</translation>
    </message>
    <message>
        <source>Changing…</source>
        <translation>Cambiando…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>relais::qt::PermanenceListModel</name>
    <message>
        <source>open now</source>
        <translation>abierta ahora</translation>
    </message>
    <message>
        <source>no opening planned</source>
        <translation>ninguna apertura prevista</translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s) on duty</source>
        <translation>
            <numerusform>%n persona de guardia</numerusform>
            <numerusform>%n personas de guardia</numerusform>
        </translation>
    </message>
    <message>
        <source>planned until %1, nobody there yet</source>
        <translation>prevista hasta las %1, aún no hay nadie</translation>
    </message>
    <message>
        <source>The relay cannot be reached: this is what it said at %1 (Brussels time).</source>
        <translation>No se puede contactar con el relé: esto es lo que decía a las %1 (hora de Bruselas).</translation>
    </message>
    <message>
        <source>unknown while offline (open at %1)</source>
        <translation>desconocido sin conexión (abierta a las %1)</translation>
    </message>
    <message>
        <source>unknown while offline (closed at %1)</source>
        <translation>desconocido sin conexión (cerrada a las %1)</translation>
    </message>
    <message>
        <source>next opening %1 (Brussels time)</source>
        <translation>próxima apertura %1 (hora de Bruselas)</translation>
    </message>
</context>
<context>
    <name>relais::qt::PermanencePanel</name>
    <message>
        <source>Knock</source>
        <translation>Llamar a la puerta</translation>
    </message>
    <message>
        <source>The worker offers to pass your conversation to a colleague.</source>
        <translation>La persona de la organización propone pasar tu conversación a una compañera o un compañero.</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <source>Write to the outreach worker</source>
        <translation>Escribir a la persona de la organización</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Closed for now</source>
        <translation>Cerrado por ahora</translation>
    </message>
    <message>
        <source>Leave a message: the organisation&apos;s workers will read it</source>
        <translation>Deja un mensaje: lo leerán las personas de la organización</translation>
    </message>
    <message>
        <source>Leave the message</source>
        <translation>Dejar el mensaje</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Francés</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Neerlandés</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>Choose a permanence in the list.</source>
        <translation>Elige una permanencia de la lista.</translation>
    </message>
    <message>
        <source>End the conversation</source>
        <translation>Terminar la conversación</translation>
    </message>
    <message>
        <source>Leave the queue</source>
        <translation>Salir de la cola</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Tú</translation>
    </message>
    <message>
        <source>Outreach worker</source>
        <translation>Persona de la organización</translation>
    </message>
    <message>
        <source> (sending)</source>
        <translation> (enviando)</translation>
    </message>
    <message>
        <source>In an emergency, call:</source>
        <translation>En caso de emergencia, llama al:</translation>
    </message>
    <message>
        <source>Knock anyway</source>
        <translation>Llamar a la puerta de todos modos</translation>
    </message>
    <message>
        <source>The worker offers to pass your conversation to a colleague, %1.</source>
        <translation>La persona de la organización propone pasar tu conversación a una compañera o un compañero, %1.</translation>
    </message>
    <message>
        <source>This permanence is held in %1. You can knock anyway, or leave a message when it is closed.</source>
        <translation>Esta permanencia se atiende en %1. Puedes llamar a la puerta de todos modos, o dejar un mensaje cuando esté cerrada.</translation>
    </message>
    <message>
        <source>The permanence has closed; your conversation goes on until one of you ends it.</source>
        <translation>La permanencia cerró; vuestra conversación sigue hasta que una de las dos la termine.</translation>
    </message>
    <message>
        <source>The conversation is over.</source>
        <translation>La conversación ha terminado.</translation>
    </message>
    <message>
        <source>Your messages with %1</source>
        <translation>Tus mensajes con %1</translation>
    </message>
    <message>
        <source>End the conversation with the outreach worker? You can knock again later.</source>
        <translation>¿Terminar la conversación con la persona de la organización? Puedes volver a llamar más tarde.</translation>
    </message>
    <message>
        <source>Leave the queue? Your place goes to the next person.</source>
        <translation>¿Salir de la cola? Tu lugar pasa a la siguiente persona.</translation>
    </message>
</context>
<context>
    <name>relais::qt::ReportModel</name>
    <message>
        <source>Harassment</source>
        <translation>Acoso</translation>
    </message>
    <message>
        <source>Doxing (someone&apos;s identity revealed)</source>
        <translation>Doxing (identidad de alguien revelada)</translation>
    </message>
    <message>
        <source>Signs of exploitation or trafficking</source>
        <translation>Señales de explotación o trata</translation>
    </message>
    <message>
        <source>Threat of violence</source>
        <translation>Amenaza de violencia</translation>
    </message>
    <message>
        <source>Spam</source>
        <translation>Spam</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>comprobando…</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>verificada</translation>
    </message>
    <message>
        <source>NOT verified</source>
        <translation>NO verificada</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>Comentario: %1</translation>
    </message>
    <message>
        <source>Handled</source>
        <translation>Atendido</translation>
    </message>
</context>
<context>
    <name>relais::qt::ResourcesDialog</name>
    <message>
        <source>Emergency numbers</source>
        <translation>Números de emergencia</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organizaciones</translation>
    </message>
    <message>
        <source>Not yet confirmed by the relay&apos;s operator.</source>
        <translation>Aún no confirmado por quien gestiona el relé.</translation>
    </message>
    <message>
        <source>Help and resources</source>
        <translation>Ayuda y recursos</translation>
    </message>
    <message>
        <source>All cities</source>
        <translation>Todas las ciudades</translation>
    </message>
    <message>
        <source>Cities: %1</source>
        <translation>Ciudades: %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>relais::qt::RoomListModel</name>
    <message>
        <source>waiting for a moderator</source>
        <translation>esperando a un moderador</translation>
    </message>
    <message>
        <source>not joined</source>
        <translation>no has entrado</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n miembro</numerusform>
            <numerusform>%n miembros</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click to join this room.</source>
        <translation>Doble clic para entrar en esta sala.</translation>
    </message>
</context>
<context>
    <name>relais::qt::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Lock after this idle time</source>
        <translation>Bloquear tras este tiempo sin uso</translation>
    </message>
    <message>
        <source>Show message text in notifications</source>
        <translation>Mostrar el texto de los mensajes en las notificaciones</translation>
    </message>
    <message>
        <source>Anyone who sees the screen can read a notification. Leave this off unless you are alone with this computer.</source>
        <translation>Cualquiera que vea la pantalla puede leer una notificación. Déjalo desactivado salvo si estás a solas con este ordenador.</translation>
    </message>
    <message>
        <source>Discretion: a neutral window title and icon</source>
        <translation>Discreción: un título y un icono neutros para la ventana</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>%1 is not offered on this relay: Relais is shown in %2.</source>
        <extracomment>%1 and %2 are languages named in themselves (&quot;Română&quot;, &quot;English&quot;).</extracomment>
        <translation>%1 no se ofrece en este relé; idioma mostrado: %2.</translation>
    </message>
</context>
<context>
    <name>relais::qt::TicketSession</name>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>unos %n minuto</numerusform>
            <numerusform>unos %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>Knock to talk privately with an outreach worker.</source>
        <translation>Llama a la puerta para hablar en privado con una persona de la organización.</translation>
    </message>
    <message>
        <source>Knocking…</source>
        <translation>Llamando a la puerta…</translation>
    </message>
    <message>
        <source>Your place in the queue: %1. Estimated wait: %2.</source>
        <translation>Tu lugar en la cola: %1. Espera estimada: %2.</translation>
    </message>
    <message>
        <source>An outreach worker took your ticket: you are talking privately.</source>
        <translation>Una persona de la organización tomó tu turno: estáis hablando en privado.</translation>
    </message>
    <message>
        <source>The permanence is closed. No opening is planned yet.</source>
        <translation>La permanencia está cerrada. Todavía no hay ninguna apertura prevista.</translation>
    </message>
    <message>
        <source>The permanence is closed. Next opening: %1 (Brussels time).</source>
        <translation>La permanencia está cerrada. Próxima apertura: %1 (hora de Bruselas).</translation>
    </message>
    <message>
        <source>The profile is locked.</source>
        <translation>El perfil está bloqueado.</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>El mensaje está vacío.</translation>
    </message>
    <message>
        <source>Wait until an outreach worker takes your ticket.</source>
        <translation>Espera a que una persona de la organización tome tu turno.</translation>
    </message>
    <message>
        <source>An outreach worker took your ticket.</source>
        <translation>Una persona de la organización tomó tu turno.</translation>
    </message>
    <message>
        <source>The conversation with the outreach worker ended.</source>
        <translation>La conversación con la persona de la organización ha terminado.</translation>
    </message>
    <message>
        <source>Your message was left for the organisation; a worker will read it.</source>
        <translation>Tu mensaje quedó para la organización; alguien lo leerá.</translation>
    </message>
    <message>
        <source>You left the permanence.</source>
        <translation>Has salido de la permanencia.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>No enviado: %1</translation>
    </message>
    <message>
        <source>Another outreach worker of the organisation now answers you, privately.</source>
        <translation>Ahora te responde otra persona de la organización, en privado.</translation>
    </message>
    <message>
        <source>The conversation ended after 12 hours. You can knock again.</source>
        <translation>La conversación terminó después de 12 horas. Puedes volver a llamar a la puerta.</translation>
    </message>
    <message>
        <source>The permanence closed before a worker could take your ticket.</source>
        <translation>La permanencia cerró antes de que una persona de la organización pudiera tomar tu turno.</translation>
    </message>
    <message>
        <source>The conversation is over. You can knock again at any time.</source>
        <translation>La conversación ha terminado. Puedes volver a llamar a la puerta cuando quieras.</translation>
    </message>
    <message>
        <source>Another outreach worker of the organisation now answers you.</source>
        <translation>Ahora te responde otra persona de la organización.</translation>
    </message>
    <message>
        <source>You were away for a while, so your place in the queue went to the people waiting after you. You can knock again.</source>
        <translation>Estuviste fuera un rato: tu lugar en la cola pasó a las personas que esperaban después de ti. Puedes volver a llamar a la puerta.</translation>
    </message>
    <message>
        <source>The permanence is open, but its queue is full: no place was kept for you. Try again later.</source>
        <translation>La permanencia está abierta, pero su cola está llena: no se guardó ningún lugar para ti. Inténtalo más tarde.</translation>
    </message>
    <message>
        <source>The permanence is open, but many people from your network or with new accounts are waiting already: no place was kept for you. Try again later.</source>
        <translation>La permanencia está abierta, pero ya esperan muchas personas de tu red o con cuentas nuevas: no se guardó ningún lugar para ti. Inténtalo más tarde.</translation>
    </message>
    <message>
        <source>The workers have your message, but the organisation&apos;s inbox on the relay is full: they may see it late. If it is urgent, the emergency numbers are under Resources.</source>
        <translation>Las trabajadoras tienen tu mensaje, pero el buzón de la organización en el relé está lleno: puede que lo vean tarde. Si es urgente, los números de emergencia están en Recursos.</translation>
    </message>
    <message>
        <source>The workers have your message, but the relay could not add it to the organisation&apos;s inbox for now: they may see it late. If it is urgent, the emergency numbers are under Resources.</source>
        <translation>Las trabajadoras tienen tu mensaje, pero el relé no pudo añadirlo por ahora al buzón de la organización: puede que lo vean tarde. Si es urgente, los números de emergencia están en Recursos.</translation>
    </message>
    <message>
        <source>The permanence closed while you waited: your place in the queue has ended.</source>
        <translation>La permanencia cerró mientras esperabas: tu lugar en la cola ha terminado.</translation>
    </message>
    <message>
        <source>The permanence is planned now until %1 (Brussels time), but no outreach worker is there yet. Knock again in a few minutes.</source>
        <translation>La permanencia está prevista ahora hasta las %1 (hora de Bruselas), pero aún no hay nadie de la organización. Vuelve a llamar en unos minutos.</translation>
    </message>
</context>
<context>
    <name>relais::qt::WelcomePage</name>
    <message>
        <source>&lt;h2&gt;Welcome&lt;/h2&gt;&lt;p&gt;Choose the relay your organisation gave you, a pseudonym (not your real name) and a passphrase. Nothing else about you is asked or kept.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Bienvenida, bienvenido&lt;/h2&gt;&lt;p&gt;Elige el relé que te dio tu organización, un seudónimo (no tu nombre real) y una frase de acceso. No se te pide ni se guarda nada más sobre ti.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>only if the relay asks for one</source>
        <translation>solo si el relé pide uno</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nobody can recover a forgotten passphrase&lt;/b&gt;, not even the relay&apos;s operator: the profile and its messages would be lost. Write it down somewhere safe, away from this computer.</source>
        <translation>&lt;b&gt;Nadie puede recuperar una frase de acceso olvidada&lt;/b&gt;, ni siquiera quien gestiona el relé: el perfil y sus mensajes se perderían. Apúntala en un lugar seguro, lejos de este ordenador.</translation>
    </message>
    <message>
        <source>Create my profile</source>
        <translation>Crear mi perfil</translation>
    </message>
    <message>
        <source>Relay address</source>
        <translation>Dirección del relé</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Seudónimo</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de acceso</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Frase de acceso otra vez</translation>
    </message>
    <message>
        <source>Invite code</source>
        <translation>Código de invitación</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Unlock&lt;/h2&gt;&lt;p&gt;Type your passphrase.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Desbloquear&lt;/h2&gt;&lt;p&gt;Escribe tu frase de acceso.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Give the relay&apos;s address.</source>
        <translation>Indica la dirección del relé.</translation>
    </message>
    <message>
        <source>Choose a pseudonym.</source>
        <translation>Elige un seudónimo.</translation>
    </message>
    <message>
        <source>The passphrase is too weak; add a few words.</source>
        <translation>La frase de acceso es demasiado débil; añade unas palabras.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Las dos frases de acceso no coinciden.</translation>
    </message>
    <message>
        <source>Creating the profile…</source>
        <translation>Creando el perfil…</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Desbloqueando…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
</context>
<context>
    <name>relais::qt::WorkerDesk</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Periodo: %1</translation>
    </message>
    <message>
        <source>Times the permanence opened: %1</source>
        <translation>Veces que se abrió la permanencia: %1</translation>
    </message>
    <message>
        <source>Conversations held: %1</source>
        <translation>Conversaciones mantenidas: %1</translation>
    </message>
    <message>
        <source>Left or closed while waiting: %1</source>
        <translation>Se fueron o se cerraron mientras esperaban: %1</translation>
    </message>
    <message>
        <source>Languages asked: %1</source>
        <translation>Idiomas pedidos: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Wait before a take: half within %1, 9 in 10 within %2, longest %3</source>
        <translation>Espera hasta que se toma el turno: la mitad en %1, 9 de cada 10 en %2, la más larga %3</translation>
    </message>
    <message>
        <source>Messages left out of hours: %1</source>
        <translation>Mensajes dejados fuera de horario: %1</translation>
    </message>
    <message>
        <source>Handoffs: %1</source>
        <translation>Traspasos: %1</translation>
    </message>
    <message>
        <source>The profile is locked.</source>
        <translation>El perfil está bloqueado.</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>El mensaje está vacío.</translation>
    </message>
    <message>
        <source>Choose one of your conversations first.</source>
        <translation>Elige primero una de tus conversaciones.</translation>
    </message>
    <message>
        <source>You took ticket %1: you can write to the person now.</source>
        <translation>Tomaste el turno %1: ya puedes escribir a la persona.</translation>
    </message>
    <message>
        <source>A colleague handed ticket %1 to you.</source>
        <translation>Una compañera o un compañero te pasó el turno %1.</translation>
    </message>
    <message>
        <source>Ticket %1 is now with your colleague.</source>
        <translation>El turno %1 está ahora con tu compañera o compañero.</translation>
    </message>
    <message>
        <source>The conversation of ticket %1 ended.</source>
        <translation>La conversación del turno %1 terminó.</translation>
    </message>
    <message>
        <source>A message was left for %1.</source>
        <translation>Se dejó un mensaje para %1.</translation>
    </message>
    <message>
        <source>The person declined the handoff of ticket %1; it stays with you.</source>
        <translation>La persona rechazó el traspaso del turno %1; sigue contigo.</translation>
    </message>
    <message>
        <source>You are on duty for %1.</source>
        <translation>Estás de guardia para %1.</translation>
    </message>
    <message>
        <source>You are off duty for %1.</source>
        <translation>Ya no estás de guardia para %1.</translation>
    </message>
    <message>
        <source>Ticket %1 was offered to %2; the person decides.</source>
        <translation>El turno %1 se ofreció a %2; la persona decide.</translation>
    </message>
    <message>
        <source>You ended the conversation of ticket %1.</source>
        <translation>Terminaste la conversación del turno %1.</translation>
    </message>
    <message>
        <source>The message is marked handled.</source>
        <translation>El mensaje está marcado como atendido.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>No enviado: %1</translation>
    </message>
    <message>
        <source>Ticket %1: %2</source>
        <translation>Turno %1: %2</translation>
    </message>
    <message>
        <source>colleague %1</source>
        <translation>colega %1</translation>
    </message>
    <message>
        <source>Choose a colleague on duty first.</source>
        <translation>Primero elige a una compañera o un compañero de guardia.</translation>
    </message>
    <message>
        <source>Several colleagues on duty are named %1.</source>
        <translation>Varias personas de guardia se llaman %1.</translation>
    </message>
    <message>
        <source>No colleague named %1 is on duty for this organisation.</source>
        <translation>Nadie llamado %1 está de guardia en esta organización.</translation>
    </message>
    <message>
        <source>Choose a message in the inbox first.</source>
        <translation>Elige primero un mensaje del buzón.</translation>
    </message>
    <message>
        <source>Your answer went to the person; the message is marked handled.</source>
        <translation>Tu respuesta se envió a la persona; el mensaje está marcado como atendido.</translation>
    </message>
    <message>
        <source>A colleague, before the handoff</source>
        <translation>Una compañera o un compañero, antes del traspaso</translation>
    </message>
    <message>
        <source>%1 (colleague), before the handoff</source>
        <translation>%1 (compañera/o), antes del traspaso</translation>
    </message>
</context>
<context>
    <name>relais::qt::WorkerInboxModel</name>
    <message>
        <source>(the text is not on this device)</source>
        <translation>(el texto no está en este dispositivo)</translation>
    </message>
    <message>
        <source>handled</source>
        <translation>atendido</translation>
    </message>
    <message>
        <source>to handle</source>
        <translation>por atender</translation>
    </message>
    <message>
        <source>not on the relay&apos;s list (its inbox was full)</source>
        <translation>no figura en la lista del relé (su buzón estaba lleno)</translation>
    </message>
    <message>
        <source>You answered: %1</source>
        <translation>Respondiste: %1</translation>
    </message>
</context>
<context>
    <name>relais::qt::WorkerPanel</name>
    <message>
        <source>Room (optional)</source>
        <translation>Sala (opcional)</translation>
    </message>
    <message>
        <source>The room where the opening is announced; empty: the planned one.</source>
        <translation>La sala donde se anuncia la apertura; vacío: la prevista.</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organización:</translation>
    </message>
    <message>
        <source>Take</source>
        <translation>Tomar</translation>
    </message>
    <message>
        <source>&lt;b&gt;Waiting&lt;/b&gt;</source>
        <translation>&lt;b&gt;Esperando&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your conversations&lt;/b&gt;</source>
        <translation>&lt;b&gt;Tus conversaciones&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Write to the person</source>
        <translation>Escribir a la persona</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Hand off</source>
        <translation>Pasar</translation>
    </message>
    <message>
        <source>End the conversation</source>
        <translation>Terminar la conversación</translation>
    </message>
    <message>
        <source>Mark handled</source>
        <translation>Marcar como atendido</translation>
    </message>
    <message>
        <source>Messages left while the permanence was closed, oldest first.</source>
        <translation>Mensajes dejados mientras la permanencia estaba cerrada, primero los más antiguos.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>ISO week</source>
        <translation>Semana ISO</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Show the counts</source>
        <translation>Mostrar las cifras</translation>
    </message>
    <message>
        <source>including</source>
        <translation>incluido</translation>
    </message>
    <message>
        <source>Queue and conversations</source>
        <translation>Cola y conversaciones</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Buzón</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Cifras</translation>
    </message>
    <message>
        <source>Go off duty</source>
        <translation>Terminar la guardia</translation>
    </message>
    <message>
        <source>Go on duty</source>
        <translation>Empezar la guardia</translation>
    </message>
    <message>
        <source>On duty</source>
        <translation>De guardia</translation>
    </message>
    <message>
        <source>Off duty</source>
        <translation>Fuera de guardia</translation>
    </message>
    <message>
        <source>Take a ticket from the queue, or choose one of your conversations.</source>
        <translation>Toma un turno de la cola, o elige una de tus conversaciones.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ticket %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Turno %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ticket %1&lt;/b&gt; · %2</source>
        <translation>&lt;b&gt;Turno %1&lt;/b&gt; · %2</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Tú</translation>
    </message>
    <message>
        <source>The person</source>
        <translation>La persona</translation>
    </message>
    <message>
        <source> (sending)</source>
        <translation> (enviando)</translation>
    </message>
    <message>
        <source>No colleague on duty</source>
        <translation>Nadie más de guardia</translation>
    </message>
    <message>
        <source>A colleague on duty</source>
        <translation>Colega de guardia</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Responder</translation>
    </message>
    <message>
        <source>Answer on behalf of the organisation</source>
        <translation>Responder en nombre de la organización</translation>
    </message>
</context>
<context>
    <name>relais::qt::WorkerQueueModel</name>
    <message>
        <source>French</source>
        <translation>Francés</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Neerlandés</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>any language</source>
        <translation>cualquier idioma</translation>
    </message>
    <message>
        <source>%1. Ticket %2 · %3 · waiting %4</source>
        <translation>%1. Turno %2 · %3 · esperando %4</translation>
    </message>
</context>
<context>
    <name>relais::qt::WorkerTicketModel</name>
    <message>
        <source>Ticket %1 · %2</source>
        <translation>Turno %1 · %2</translation>
    </message>
    <message>
        <source>awaiting your reply</source>
        <translation>espera tu respuesta</translation>
    </message>
</context>
<context>
    <name>relais::qt::Workspace</name>
    <message>
        <source>Not sent: the identity key of %1 changed. It may be a new phone, or someone else. Compare the safety number, then mark them verified; or accept the new key (right-click on their name).</source>
        <translation>No enviado: la clave de identidad de %1 ha cambiado. Puede ser un teléfono nuevo, u otra persona. Compara el número de seguridad y márcala como verificada; o acepta la nueva clave (clic derecho en su nombre).</translation>
    </message>
    <message>
        <source>%1 is verified on this device, until their identity key changes.</source>
        <translation>%1 está verificada en este dispositivo, hasta que cambie su clave de identidad.</translation>
    </message>
    <message>
        <source>Messages go to the new key of %1. It is not verified: compare the safety number when you can.</source>
        <translation>Los mensajes van a la nueva clave de %1. No está verificada: compara el número de seguridad cuando puedas.</translation>
    </message>
    <message>
        <source>This is not a Relais id (26 letters and digits).</source>
        <translation>Esto no es un identificador de Relais (26 letras y cifras).</translation>
    </message>
    <message>
        <source>The profile is locked.</source>
        <translation>El perfil está bloqueado.</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>El mensaje está vacío.</translation>
    </message>
    <message>
        <source>Choose a conversation first.</source>
        <translation>Elige primero una conversación.</translation>
    </message>
    <message>
        <source>Your request to join %1 waits for a moderator.</source>
        <translation>Tu petición para entrar en %1 espera a un moderador.</translation>
    </message>
    <message>
        <source>You joined %1.</source>
        <translation>Has entrado en %1.</translation>
    </message>
    <message>
        <source>A moderator let you into %1.</source>
        <translation>Un moderador te dejó entrar en %1.</translation>
    </message>
    <message>
        <source>Your request to join %1 was refused.</source>
        <translation>Tu petición para entrar en %1 fue rechazada.</translation>
    </message>
    <message>
        <source>You left %1.</source>
        <translation>Has salido de %1.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>No enviado: %1</translation>
    </message>
    <message>
        <source>A report arrived for the moderators.</source>
        <translation>Ha llegado una denuncia para los moderadores.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Hecho.</translation>
    </message>
    <message numerus="yes">
        <source>The report reached %n moderator(s).</source>
        <translation>
            <numerusform>La denuncia llegó a %n moderador.</numerusform>
            <numerusform>La denuncia llegó a %n moderadores.</numerusform>
        </translation>
    </message>
    <message>
        <source>A moderator removed your message from %1: it is gone from every member&apos;s screen and from the relay.</source>
        <translation>Un moderador quitó tu mensaje de %1: ya no está en la pantalla de ningún miembro ni en el relé.</translation>
    </message>
    <message>
        <source>%1 answered your message: it is under Permanence.</source>
        <translation>%1 respondió a tu mensaje: está en Permanencia.</translation>
    </message>
</context>
</TS>
