<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_BE">
<context>
    <name>Discretion</name>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
</context>
<context>
    <name>FailureText</name>
    <message>
        <source>There is no safety number with them yet: exchange a message first.</source>
        <translation>Er is nog geen veiligheidsnummer met die persoon: wissel eerst een bericht uit.</translation>
    </message>
    <message>
        <source>Their identity key changed: nothing is sent to them until you compare the safety number and verify them, or accept the new key.</source>
        <translation>De identiteitssleutel van die persoon is veranderd: er wordt niets verstuurd tot u het veiligheidsnummer vergelijkt en de persoon verifieert, of de nieuwe sleutel aanvaardt.</translation>
    </message>
    <message>
        <source>Not connected to the relay.</source>
        <translation>Geen verbinding met het relais.</translation>
    </message>
    <message>
        <source>This profile is not registered.</source>
        <translation>Dit profiel is niet geregistreerd.</translation>
    </message>
    <message>
        <source>The relay could not parse a message from this program.</source>
        <translation>Het relais kon een bericht van dit programma niet lezen.</translation>
    </message>
    <message>
        <source>The relay does not know a request this program made.</source>
        <translation>Het relais kent een verzoek van dit programma niet.</translation>
    </message>
    <message>
        <source>A message was larger than the relay accepts.</source>
        <translation>Een bericht was groter dan het relais aanvaardt.</translation>
    </message>
    <message>
        <source>The relay expected a log-in first.</source>
        <translation>Het relais verwachtte eerst een aanmelding.</translation>
    </message>
    <message>
        <source>The connection was already logged in.</source>
        <translation>De verbinding was al aangemeld.</translation>
    </message>
    <message>
        <source>The relay did not accept this device&apos;s signature.</source>
        <translation>Het relais aanvaardde de handtekening van dit toestel niet.</translation>
    </message>
    <message>
        <source>The relay knows no account with this id.</source>
        <translation>Het relais kent geen account met deze id.</translation>
    </message>
    <message>
        <source>The relay does not know this account; it may have been reset.</source>
        <translation>Het relais kent dit account niet; het is misschien leeggemaakt.</translation>
    </message>
    <message>
        <source>The relay asks to slow down; try again in a moment.</source>
        <translation>Het relais vraagt trager te gaan; probeer het zo meteen opnieuw.</translation>
    </message>
    <message>
        <source>The relay could not store the message; try again later.</source>
        <translation>Het relais kon het bericht niet bewaren; probeer het later opnieuw.</translation>
    </message>
    <message>
        <source>The relay needs a valid invite code to register.</source>
        <translation>Het relais vraagt een geldige uitnodigingscode om te registreren.</translation>
    </message>
    <message>
        <source>The relay did not accept the proof of work.</source>
        <translation>Het relais aanvaardde het rekenbewijs niet.</translation>
    </message>
    <message>
        <source>The relay refused: this account lacks the role for it.</source>
        <translation>Het relais weigerde: dit account heeft daar de rol niet voor.</translation>
    </message>
    <message>
        <source>The relay is shutting down; try again later.</source>
        <translation>Het relais sluit af; probeer het later opnieuw.</translation>
    </message>
    <message>
        <source>The relay is overloaded; try again later.</source>
        <translation>Het relais is overbelast; probeer het later opnieuw.</translation>
    </message>
    <message>
        <source>The recipient has too many messages waiting on the relay; nothing was sent. Try again later.</source>
        <translation>Er wachten te veel berichten op de ontvanger in het relais; er is niets verzonden. Probeer het later opnieuw.</translation>
    </message>
    <message>
        <source>You have sent as much as the relay allows in a day; try again later.</source>
        <translation>U hebt zoveel verzonden als het relais per dag toestaat; probeer het later opnieuw.</translation>
    </message>
    <message>
        <source>The relay is short of disk space and takes no new messages for now; try again later.</source>
        <translation>Het relais heeft te weinig schijfruimte en neemt voorlopig geen nieuwe berichten aan; probeer het later opnieuw.</translation>
    </message>
    <message>
        <source>The relay refused a malformed request.</source>
        <translation>Het relais weigerde een misvormd verzoek.</translation>
    </message>
    <message>
        <source>The relay refused a request.</source>
        <translation>Het relais weigerde een verzoek.</translation>
    </message>
    <message>
        <source>There is no such room.</source>
        <translation>Die kamer bestaat niet.</translation>
    </message>
    <message>
        <source>You are not a member of that room.</source>
        <translation>Je bent geen lid van die kamer.</translation>
    </message>
    <message>
        <source>You are already a member of that room.</source>
        <translation>Je bent al lid van die kamer.</translation>
    </message>
    <message>
        <source>This room is full.</source>
        <translation>Deze kamer is vol.</translation>
    </message>
    <message>
        <source>You are banned from that room.</source>
        <translation>Je bent uit die kamer verbannen.</translation>
    </message>
    <message>
        <source>You are muted in that room for now.</source>
        <translation>Je mag voorlopig niet schrijven in die kamer.</translation>
    </message>
    <message>
        <source>This room admits people only with a moderator&apos;s approval.</source>
        <translation>Deze kamer laat alleen binnen met toestemming van een moderator.</translation>
    </message>
    <message>
        <source>This room needs an invite code.</source>
        <translation>Deze kamer vraagt een uitnodigingscode.</translation>
    </message>
    <message>
        <source>There is no such message in this room.</source>
        <translation>Dat bericht bestaat niet in deze kamer.</translation>
    </message>
    <message>
        <source>An organisation with this id exists already.</source>
        <translation>Er bestaat al een organisatie met deze id.</translation>
    </message>
    <message>
        <source>It exists already.</source>
        <translation>Dat bestaat al.</translation>
    </message>
    <message>
        <source>A room with this id exists already.</source>
        <translation>Er bestaat al een kamer met deze id.</translation>
    </message>
    <message>
        <source>There is no such organisation.</source>
        <translation>Die organisatie bestaat niet.</translation>
    </message>
    <message>
        <source>There is no such ticket (it may have ended).</source>
        <translation>Dat ticket bestaat niet (het is misschien afgelopen).</translation>
    </message>
    <message>
        <source>Another worker took that ticket first.</source>
        <translation>Een andere hulpverlener nam dat ticket eerst.</translation>
    </message>
    <message>
        <source>The permanence is closed.</source>
        <translation>De permanentie is gesloten.</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>Het bericht is leeg.</translation>
    </message>
    <message>
        <source>The message is longer than %1 KiB.</source>
        <translation>Het bericht is langer dan %1 KiB.</translation>
    </message>
    <message>
        <source>The comment is longer than %1 KiB.</source>
        <translation>De opmerking is langer dan %1 KiB.</translation>
    </message>
    <message>
        <source>That needs another account than this profile&apos;s own.</source>
        <translation>Daarvoor is een ander account nodig dan dat van dit profiel.</translation>
    </message>
    <message>
        <source>This device holds no message with that number in that room.</source>
        <translation>Dit toestel heeft geen bericht met dat nummer in die kamer.</translation>
    </message>
    <message>
        <source>This device holds no conversation for that ticket.</source>
        <translation>Dit toestel heeft geen gesprek voor dat ticket.</translation>
    </message>
    <message>
        <source>No worker has taken the ticket yet; wait for one.</source>
        <translation>Nog geen hulpverlener heeft het ticket genomen; wacht even.</translation>
    </message>
    <message>
        <source>This room has no moderator to send the report to.</source>
        <translation>Deze kamer heeft geen moderator om de melding naar te sturen.</translation>
    </message>
    <message>
        <source>The report could not reach any moderator.</source>
        <translation>De melding kon geen enkele moderator bereiken.</translation>
    </message>
    <message>
        <source>This organisation has no worker to read it yet.</source>
        <translation>Deze organisatie heeft nog niemand om het te lezen.</translation>
    </message>
    <message>
        <source>The message could not reach any worker.</source>
        <translation>Het bericht kon geen enkele hulpverlener bereiken.</translation>
    </message>
    <message>
        <source>Too many of your messages are waiting for this recipient on the relay; nothing was sent. Try again once they have read them.</source>
        <translation>Er wachten te veel van je berichten op deze ontvanger in het relais; er is niets verzonden. Probeer het opnieuw zodra ze gelezen zijn.</translation>
    </message>
    <message>
        <source>Too many messages from your network are waiting for this recipient on the relay; nothing was sent. Try again later.</source>
        <translation>Er wachten te veel berichten uit je netwerk op deze ontvanger in het relais; er is niets verzonden. Probeer het later opnieuw.</translation>
    </message>
    <message>
        <source>Too many messages from new accounts of your network are waiting for this recipient on the relay; nothing was sent. Try again later.</source>
        <translation>Er wachten te veel berichten van nieuwe accounts uit je netwerk op deze ontvanger in het relais; er is niets verzonden. Probeer het later opnieuw.</translation>
    </message>
    <message>
        <source>Many accounts of your network posted in rooms just now; try again in a moment.</source>
        <translation>Veel accounts uit je netwerk hebben net in kamers geschreven; probeer het zo opnieuw.</translation>
    </message>
    <message>
        <source>The message could not reach any worker: too many messages from your network are waiting for them on the relay. Nothing was sent; try again later.</source>
        <translation>Het bericht kon geen enkele hulpverlener bereiken: er wachten te veel berichten uit je netwerk op hen in het relais. Er is niets verzonden; probeer het later opnieuw.</translation>
    </message>
    <message>
        <source>The message could not reach any worker: they have too many messages waiting on the relay. Nothing was sent; try again later.</source>
        <translation>Het bericht kon geen enkele hulpverlener bereiken: er wachten al te veel berichten op hen in het relais. Er is niets verzonden; probeer het later opnieuw.</translation>
    </message>
    <message>
        <source>The recipient&apos;s keys do not verify; nothing was sent.</source>
        <translation>De sleutels van de ontvanger kloppen niet; er is niets verstuurd.</translation>
    </message>
    <message>
        <source>This device could not sign its keys.</source>
        <translation>Dit toestel kon zijn sleutels niet ondertekenen.</translation>
    </message>
    <message>
        <source>A cryptographic operation failed on this device.</source>
        <translation>Een cryptografische bewerking mislukte op dit toestel.</translation>
    </message>
    <message>
        <source>The relay asks for more proof of work than this program will do.</source>
        <translation>Het relais vraagt meer rekenbewijs dan dit programma levert.</translation>
    </message>
    <message>
        <source>The relay speaks protocol version %1; this program speaks version %2.</source>
        <translation>Het relais spreekt protocolversie %1; dit programma spreekt versie %2.</translation>
    </message>
    <message>
        <source>The relay sent a malformed challenge.</source>
        <translation>Het relais stuurde een misvormde uitdaging.</translation>
    </message>
    <message>
        <source>The relay sent a second challenge; it was ignored.</source>
        <translation>Het relais stuurde een tweede uitdaging; die werd genegeerd.</translation>
    </message>
    <message>
        <source>The relay sent a malformed account id.</source>
        <translation>Het relais stuurde een misvormde account-id.</translation>
    </message>
    <message>
        <source>The relay answered a request with the wrong kind of frame.</source>
        <translation>Het relais antwoordde op een verzoek met het verkeerde soort frame.</translation>
    </message>
    <message>
        <source>The relay sent the key bundle of another account.</source>
        <translation>Het relais stuurde de sleutels van een ander account.</translation>
    </message>
    <message>
        <source>The relay answered a request this program did not make.</source>
        <translation>Het relais antwoordde op een verzoek dat dit programma niet deed.</translation>
    </message>
    <message>
        <source>The relay sent a message that does not parse; it was ignored.</source>
        <translation>Het relais stuurde een onleesbaar bericht; het werd genegeerd.</translation>
    </message>
    <message>
        <source>The relay sent a frame this program does not know; it was ignored.</source>
        <translation>Het relais stuurde een frame dat dit programma niet kent; het werd genegeerd.</translation>
    </message>
    <message>
        <source>The relay sent a frame this program does not handle; it was ignored.</source>
        <translation>Het relais stuurde een frame dat dit programma niet verwerkt; het werd genegeerd.</translation>
    </message>
    <message>
        <source>The relay delivered an envelope before the log-in.</source>
        <translation>Het relais leverde een envelop af vóór de aanmelding.</translation>
    </message>
    <message>
        <source>The relay delivered a room entry before the log-in.</source>
        <translation>Het relais leverde een kamerbericht af vóór de aanmelding.</translation>
    </message>
    <message>
        <source>The relay sent a malformed room entry; it was ignored.</source>
        <translation>Het relais stuurde een misvormd kamerbericht; het werd genegeerd.</translation>
    </message>
    <message>
        <source>The relay sent a malformed room answer; it was ignored.</source>
        <translation>Het relais stuurde een misvormd kamerantwoord; het werd genegeerd.</translation>
    </message>
    <message>
        <source>The relay sent a malformed notice; it was ignored.</source>
        <translation>Het relais stuurde een misvormde melding; die werd genegeerd.</translation>
    </message>
    <message>
        <source>The resources directory is empty or damaged.</source>
        <translation>De hulplijst is leeg of beschadigd.</translation>
    </message>
    <message>
        <source>A message that was not sealed for this device was dropped.</source>
        <translation>Een bericht dat niet voor dit toestel verzegeld was, werd weggegooid.</translation>
    </message>
    <message>
        <source>A message whose keys are not those of the account it names was dropped.</source>
        <translation>Een bericht waarvan de sleutels niet die zijn van het account dat het noemt, werd weggegooid.</translation>
    </message>
    <message>
        <source>An envelope with a malformed sender was dropped.</source>
        <translation>Een envelop met een misvormde afzender werd weggegooid.</translation>
    </message>
    <message>
        <source>A message of an unknown type was dropped.</source>
        <translation>Een bericht van onbekend type werd weggegooid.</translation>
    </message>
    <message>
        <source>A message could not be decrypted: there is no session with its sender.</source>
        <translation>Een bericht kon niet ontcijferd worden: er is geen sessie met de afzender.</translation>
    </message>
    <message>
        <source>A message could not be decrypted and was dropped.</source>
        <translation>Een bericht kon niet ontcijferd worden en werd weggegooid.</translation>
    </message>
    <message>
        <source>A message did not decode and was dropped.</source>
        <translation>Een bericht was onleesbaar en werd weggegooid.</translation>
    </message>
    <message>
        <source>A malformed message for an organisation was dropped.</source>
        <translation>Een misvormd bericht voor een organisatie werd weggegooid.</translation>
    </message>
    <message>
        <source>A malformed report was dropped.</source>
        <translation>Een misvormde melding werd weggegooid.</translation>
    </message>
    <message>
        <source>A room key did not decode and was dropped.</source>
        <translation>Een kamersleutel was onleesbaar en werd weggegooid.</translation>
    </message>
    <message>
        <source>A room message could not be decrypted and was dropped.</source>
        <translation>Een kamerbericht kon niet ontcijferd worden en werd weggegooid.</translation>
    </message>
    <message>
        <source>A room message did not decode and was dropped.</source>
        <translation>Een kamerbericht was onleesbaar en werd weggegooid.</translation>
    </message>
    <message>
        <source>A room message did not match what the relay recorded and was dropped.</source>
        <translation>Een kamerbericht klopte niet met wat het relais opnam en werd weggegooid.</translation>
    </message>
    <message>
        <source>A room message waited too long for its sender&apos;s key and was dropped.</source>
        <translation>Een kamerbericht wachtte te lang op de sleutel van de afzender en werd weggegooid.</translation>
    </message>
    <message>
        <source>A room message with a malformed sender was dropped.</source>
        <translation>Een kamerbericht met een misvormde afzender werd weggegooid.</translation>
    </message>
    <message>
        <source>Something went wrong inside the program.</source>
        <translation>Er ging iets mis in het programma.</translation>
    </message>
    <message>
        <source>The room id</source>
        <translation>De id van de kamer</translation>
    </message>
    <message>
        <source>The organisation id</source>
        <translation>De id van de organisatie</translation>
    </message>
    <message>
        <source>The region</source>
        <translation>De regio</translation>
    </message>
    <message>
        <source>The Relais id</source>
        <translation>De Relais-id</translation>
    </message>
    <message>
        <source>The room&apos;s name</source>
        <translation>De naam van de kamer</translation>
    </message>
    <message>
        <source>The organisation&apos;s name</source>
        <translation>De naam van de organisatie</translation>
    </message>
    <message>
        <source>The description</source>
        <translation>De beschrijving</translation>
    </message>
    <message>
        <source>The contact line</source>
        <translation>De contactregel</translation>
    </message>
    <message>
        <source>The language</source>
        <translation>De taal</translation>
    </message>
    <message>
        <source>Who may join</source>
        <translation>Wie mag binnen</translation>
    </message>
    <message>
        <source>The role</source>
        <translation>De rol</translation>
    </message>
    <message>
        <source>The role&apos;s room or organisation</source>
        <translation>De kamer of organisatie van de rol</translation>
    </message>
    <message>
        <source>How long the room keeps messages</source>
        <translation>Hoe lang de kamer berichten bewaart</translation>
    </message>
    <message>
        <source>How long messages stay</source>
        <translation>Hoe lang berichten blijven</translation>
    </message>
    <message>
        <source>The number of members</source>
        <translation>Het aantal leden</translation>
    </message>
    <message>
        <source>The moderator action</source>
        <translation>De moderatieactie</translation>
    </message>
    <message>
        <source>The message</source>
        <translation>Het bericht</translation>
    </message>
    <message>
        <source>The duration</source>
        <translation>De duur</translation>
    </message>
    <message>
        <source>The number of uses</source>
        <translation>Het aantal keren gebruik</translation>
    </message>
    <message>
        <source>How long the code works</source>
        <translation>Hoe lang de code werkt</translation>
    </message>
    <message>
        <source>The day of the week</source>
        <translation>De dag van de week</translation>
    </message>
    <message>
        <source>The date</source>
        <translation>De datum</translation>
    </message>
    <message>
        <source>The start time</source>
        <translation>Het beginuur</translation>
    </message>
    <message>
        <source>The end time</source>
        <translation>Het einduur</translation>
    </message>
    <message>
        <source>The message id</source>
        <translation>De id van het bericht</translation>
    </message>
    <message>
        <source>The ticket</source>
        <translation>Het ticket</translation>
    </message>
    <message>
        <source>The period</source>
        <translation>De periode</translation>
    </message>
    <message>
        <source>The opening hours</source>
        <translation>De openingsuren</translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation>%1 ontbreekt.</translation>
    </message>
    <message>
        <source>%1 is longer than %2 bytes.</source>
        <translation>%1 is langer dan %2 bytes.</translation>
    </message>
    <message>
        <source>%1 is above its limit of %2.</source>
        <translation>%1 is hoger dan de grens van %2.</translation>
    </message>
    <message>
        <source>%1 is not one this relay knows.</source>
        <translation>%1 is niet gekend door dit relais.</translation>
    </message>
    <message>
        <source>%1: no more than %2.</source>
        <translation>%1: niet meer dan %2.</translation>
    </message>
    <message>
        <source>%1 is not allowed here.</source>
        <translation>%1 is hier niet toegelaten.</translation>
    </message>
    <message>
        <source>%1 is not written as it should be.</source>
        <translation>%1 is niet correct geschreven.</translation>
    </message>
    <message>
        <source>A name must not be empty.</source>
        <translation>Een naam mag niet leeg zijn.</translation>
    </message>
    <message>
        <source>A name is at most %1 bytes long.</source>
        <translation>Een naam is ten hoogste %1 bytes lang.</translation>
    </message>
    <message>
        <source>A name must not contain control characters (tabs, line breaks).</source>
        <translation>Een naam mag geen stuurtekens bevatten (tabs, regeleinden).</translation>
    </message>
    <message>
        <source>A name must not start or end with a space.</source>
        <translation>Een naam mag niet met een spatie beginnen of eindigen.</translation>
    </message>
    <message>
        <source>Another contact already has this id.</source>
        <translation>Een ander contact heeft deze id al.</translation>
    </message>
    <message>
        <source>A part of the request</source>
        <translation>Een deel van het verzoek</translation>
    </message>
    <message>
        <source>The relay address must start with ws:// or wss://.</source>
        <translation>Het adres van de relay moet beginnen met ws:// of wss://.</translation>
    </message>
    <message>
        <source>The relay address must not carry a user name.</source>
        <translation>Het adres van de relay mag geen gebruikersnaam bevatten.</translation>
    </message>
    <message>
        <source>The relay address has an unclosed &apos;[&apos;.</source>
        <translation>Het adres van de relay heeft een &apos;[&apos; die niet gesloten wordt.</translation>
    </message>
    <message>
        <source>The relay address has something unexpected after its host.</source>
        <translation>Het adres van de relay bevat iets onverwachts na de hostnaam.</translation>
    </message>
    <message>
        <source>The relay address has an empty port.</source>
        <translation>Het adres van de relay heeft een lege poort.</translation>
    </message>
    <message>
        <source>The relay address has a malformed IPv6 host.</source>
        <translation>Het IPv6-adres van de relay is ongeldig.</translation>
    </message>
    <message>
        <source>The relay address has no host.</source>
        <translation>Het adres van de relay heeft geen hostnaam.</translation>
    </message>
    <message>
        <source>The relay address has a malformed host.</source>
        <translation>De hostnaam van de relay is ongeldig.</translation>
    </message>
    <message>
        <source>The relay address has a malformed port.</source>
        <translation>De poort van de relay is ongeldig.</translation>
    </message>
    <message>
        <source>The relay port must be between 1 and 65535.</source>
        <translation>De poort van de relay moet tussen 1 en 65535 liggen.</translation>
    </message>
    <message>
        <source>The relay address has a malformed path.</source>
        <translation>Het pad in het adres van de relay is ongeldig.</translation>
    </message>
    <message>
        <source>The relay address is not usable.</source>
        <translation>Het adres van de relay is niet bruikbaar.</translation>
    </message>
    <message>
        <source>The relay at %1 cannot be reached. Check the address and the connection.</source>
        <translation>De relay op %1 is onbereikbaar. Controleer het adres en de verbinding.</translation>
    </message>
    <message>
        <source>The relay at %1 did not answer in time.</source>
        <translation>De relay op %1 antwoordde niet op tijd.</translation>
    </message>
    <message>
        <source>The relay at %1 could not prove who it is: its certificate is not trusted.</source>
        <translation>De relay op %1 kon niet bewijzen wie hij is: zijn certificaat wordt niet vertrouwd.</translation>
    </message>
    <message>
        <source>The relay at %1 sent something this program does not accept.</source>
        <translation>De relay op %1 stuurde iets wat dit programma niet aanvaardt.</translation>
    </message>
    <message>
        <source>The certificate file given for the relay cannot be used.</source>
        <translation>Het certificaatbestand dat voor de relay is opgegeven, is niet bruikbaar.</translation>
    </message>
    <message>
        <source>The connection to the relay at %1 failed.</source>
        <translation>De verbinding met de relay op %1 is mislukt.</translation>
    </message>
    <message>
        <source>this device does not allow writing there</source>
        <translation>dit toestel laat niet toe daar te schrijven</translation>
    </message>
    <message>
        <source>the folder is missing</source>
        <translation>de map bestaat niet</translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation>het bestand is beschadigd</translation>
    </message>
    <message>
        <source>the disk refused (it may be full or read-only)</source>
        <translation>de schijf weigerde (ze is misschien vol of alleen-lezen)</translation>
    </message>
    <message>
        <source>the disk refused</source>
        <translation>de schijf weigerde</translation>
    </message>
    <message>
        <source>You are not on duty for this organisation: go on duty first.</source>
        <translation>Je bent niet van dienst voor deze organisatie: begin eerst je dienst.</translation>
    </message>
    <message>
        <source>This conversation was handed to a colleague; you can no longer write in it.</source>
        <translation>Dit gesprek is aan een collega doorgegeven; je kunt er niet meer in schrijven.</translation>
    </message>
    <message>
        <source>That colleague is not on duty now; choose another one.</source>
        <translation>Die collega is nu niet van dienst; kies een andere.</translation>
    </message>
    <message>
        <source>The person has not come back since the relay restarted; write once she is back.</source>
        <translation>De persoon is niet teruggekomen sinds de relay opnieuw opgestart is; schrijf zodra ze terug is.</translation>
    </message>
    <message>
        <source>This message is not on this device any more.</source>
        <translation>Dit bericht staat niet meer op dit toestel.</translation>
    </message>
    <message>
        <source>A message for a permanence conversation this device does not hold was dropped.</source>
        <translation>Een bericht voor een permanentiegesprek dat niet op dit toestel staat, is weggelaten.</translation>
    </message>
    <message>
        <source>This report is not on this device any more.</source>
        <translation>Deze melding staat niet meer op dit toestel.</translation>
    </message>
    <message>
        <source>The relay&apos;s inbox does not list this message (it was full when it came): it cannot be marked handled for your colleagues.</source>
        <translation>De inbox van de relay vermeldt dit bericht niet (hij was vol toen het aankwam): het kan niet als afgehandeld worden gemarkeerd voor je collega&apos;s.</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Quick exit</source>
        <translation>Snel weg</translation>
    </message>
    <message>
        <source>Press Escape twice, or the Quick exit button: every window disappears at once and the profile is locked. Open the program again and type your passphrase to come back.</source>
        <translation>Druk twee keer op Escape, of op de knop Snel weg: alle vensters verdwijnen meteen en het profiel wordt vergrendeld. Open het programma opnieuw en typ je wachtzin om terug te komen.</translation>
    </message>
    <message>
        <source>What stays on this computer</source>
        <translation>Wat er op deze computer blijft</translation>
    </message>
    <message>
        <source>Your messages, contacts and keys are kept in one encrypted file, readable only with your passphrase. Nobody can recover the passphrase: if it is forgotten, the profile is lost.</source>
        <translation>Je berichten, contacten en sleutels staan in één versleuteld bestand dat alleen met je wachtzin te lezen is. Niemand kan de wachtzin terughalen: ben je hem vergeten, dan is het profiel verloren.</translation>
    </message>
    <message>
        <source>A search of the computer can still show that the program is installed, that the folder %1 exists and how big it is, when it last changed, and the preferences file %2 (language, lock time; no messages).</source>
        <translation>Wie de computer doorzoekt, kan nog zien dat het programma geïnstalleerd is, dat de map %1 bestaat en hoe groot ze is, wanneer ze het laatst veranderde, en het voorkeurenbestand %2 (taal, vergrendeltijd; geen berichten).</translation>
    </message>
    <message>
        <source>Turn on discretion in the settings to give the window a neutral title and icon. Keep message text out of notifications unless you are alone with this computer.</source>
        <translation>Zet discretie aan in de instellingen om het venster een neutrale titel en een neutraal pictogram te geven. Toon geen berichttekst in meldingen, tenzij je alleen bent met deze computer.</translation>
    </message>
    <message>
        <source>Removing the program and its data</source>
        <translation>Het programma en zijn gegevens verwijderen</translation>
    </message>
    <message>
        <source>Quit the program.</source>
        <translation>Sluit het programma af.</translation>
    </message>
    <message>
        <source>Delete the folder %1 (this erases the profile for good).</source>
        <translation>Verwijder de map %1 (dat wist het profiel voorgoed).</translation>
    </message>
    <message>
        <source>Uninstall the program with your system&apos;s software tool (for example: sudo apt remove relais), and empty the trash.</source>
        <translation>Verwijder het programma met het softwarebeheer van je systeem (bijvoorbeeld: sudo apt remove relais) en maak de prullenbak leeg.</translation>
    </message>
    <message>
        <source>The relay keeps no name, no telephone number and no address of yours. Your account there stops being used when the profile is deleted.</source>
        <translation>Het relais bewaart geen naam, geen telefoonnummer en geen adres van jou. Je account daar wordt niet meer gebruikt zodra het profiel verwijderd is.</translation>
    </message>
</context>
<context>
    <name>Notification</name>
    <message>
        <source>Something new arrived.</source>
        <translation>Er is iets nieuws.</translation>
    </message>
    <message>
        <source>%1 in %2: %3</source>
        <translation>%1 in %2: %3</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <source>Choose a passphrase.</source>
        <translation>Kies een wachtzin.</translation>
    </message>
    <message>
        <source>Weak: a few words nobody would link to you are easier to remember and harder to guess.</source>
        <translation>Zwak: een paar woorden die niemand met jou zou verbinden, zijn makkelijker te onthouden en moeilijker te raden.</translation>
    </message>
    <message>
        <source>Fair: one or two more words would make it much stronger.</source>
        <translation>Redelijk: een of twee woorden meer maken hem veel sterker.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Sterk.</translation>
    </message>
</context>
<context>
    <name>relais::qt::AdminDialog</name>
    <message>
        <source>Administration</source>
        <translation>Beheer</translation>
    </message>
    <message>
        <source>For the relay&apos;s admins (invite codes for an invite room: its moderators too). The relay refuses anyone else.</source>
        <translation>Voor de beheerders van het relais (uitnodigingscodes voor een kamer op uitnodiging: ook haar moderators). Het relais weigert iedereen anders.</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>New room</source>
        <translation>Nieuwe kamer</translation>
    </message>
    <message>
        <source>Invite code</source>
        <translation>Uitnodigingscode</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Nieuwe organisatie</translation>
    </message>
    <message>
        <source>Here is the code; it works until %1.</source>
        <translation>Hier is de code; hij werkt tot %1.</translation>
    </message>
    <message>
        <source>Here is the code.</source>
        <translation>Hier is de code.</translation>
    </message>
    <message>
        <source>26 letters and digits, as &quot;My id&quot; shows it</source>
        <translation>26 letters en cijfers, zoals „Mijn id” het toont</translation>
    </message>
    <message>
        <source>Relais id</source>
        <translation>Relais-id</translation>
    </message>
    <message>
        <source>Moderator of a room</source>
        <translation>Moderator van een kamer</translation>
    </message>
    <message>
        <source>Outreach worker of an organisation</source>
        <translation>Veldwerker van een organisatie</translation>
    </message>
    <message>
        <source>Admin of the relay</source>
        <translation>Beheerder van het relais</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Room or organisation id</source>
        <translation>Id van de kamer of de organisatie</translation>
    </message>
    <message>
        <source>Give the role</source>
        <translation>De rol geven</translation>
    </message>
    <message>
        <source>Take the role away</source>
        <translation>De rol afnemen</translation>
    </message>
    <message>
        <source>Asking the relay…</source>
        <translation>Het relais wordt gevraagd…</translation>
    </message>
    <message>
        <source>lowercase letters, digits, &apos;-&apos;: liege</source>
        <translation>kleine letters, cijfers, &apos;-&apos;: liege</translation>
    </message>
    <message>
        <source>Room id</source>
        <translation>Kamer-id</translation>
    </message>
    <message>
        <source>Name in French</source>
        <translation>Naam in het Frans</translation>
    </message>
    <message>
        <source>Name in Dutch</source>
        <translation>Naam in het Nederlands</translation>
    </message>
    <message>
        <source>Open: anyone may join</source>
        <translation>Open: iedereen mag binnen</translation>
    </message>
    <message>
        <source>Knock: a moderator lets people in</source>
        <translation>Op aanvraag: een moderator laat binnen</translation>
    </message>
    <message>
        <source>Invite: with a code only</source>
        <translation>Op uitnodiging: alleen met een code</translation>
    </message>
    <message>
        <source>Who may join</source>
        <translation>Wie mag binnen</translation>
    </message>
    <message>
        <source>optional: the city&apos;s room, for the resources</source>
        <translation>optioneel: de kamer van de stad, voor de hulpbronnen</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Regio</translation>
    </message>
    <message>
        <source>Create the room</source>
        <translation>De kamer aanmaken</translation>
    </message>
    <message>
        <source>empty: a code to register on this relay</source>
        <translation>leeg: een code om zich op dit relais te registreren</translation>
    </message>
    <message>
        <source>Invite room id</source>
        <translation>Id van de kamer op uitnodiging</translation>
    </message>
    <message>
        <source>Works this many times</source>
        <translation>Aantal keer bruikbaar</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <source>the relay&apos;s default (a week)</source>
        <translation>de standaardduur van het relais (een week)</translation>
    </message>
    <message>
        <source>Valid for</source>
        <translation>Geldig gedurende</translation>
    </message>
    <message>
        <source>Create a code</source>
        <translation>Een code aanmaken</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>lowercase letters, digits, &apos;-&apos;: espace-p</source>
        <translation>kleine letters, cijfers, &apos;-&apos;: espace-p</translation>
    </message>
    <message>
        <source>Organisation id</source>
        <translation>Organisatie-id</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>What it offers</source>
        <translation>Wat ze aanbiedt</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Talen</translation>
    </message>
    <message>
        <source>How to reach it</source>
        <translation>Hoe ze te bereiken is</translation>
    </message>
    <message>
        <source>Create the organisation</source>
        <translation>De organisatie aanmaken</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>relais::qt::AdminRequests</name>
    <message>
        <source>This is not a Relais id (26 letters and digits).</source>
        <translation>Dit is geen Relais-id (26 letters en cijfers).</translation>
    </message>
    <message>
        <source>The admin role is for the whole relay: give no room.</source>
        <translation>De beheerdersrol geldt voor het hele relais: geef geen kamer op.</translation>
    </message>
    <message>
        <source>Give the id of the room, such as brussels.</source>
        <translation>Geef de id van de kamer, bijvoorbeeld brussels.</translation>
    </message>
    <message>
        <source>Give the id of the organisation, such as espace-p.</source>
        <translation>Geef de id van de organisatie, bijvoorbeeld espace-p.</translation>
    </message>
    <message>
        <source>The role is moderator, outreach worker or admin.</source>
        <translation>De rol is moderator, veldwerker of beheerder.</translation>
    </message>
    <message>
        <source>Languages are two-letter codes separated by commas: fr, nl, en.</source>
        <translation>Talen zijn codes van twee letters, gescheiden door komma&apos;s: fr, nl, en.</translation>
    </message>
    <message>
        <source>Give at most %1 languages.</source>
        <translation>Geef hoogstens %1 talen op.</translation>
    </message>
    <message>
        <source>A room id is 1 to %1 lowercase letters, digits or &apos;-&apos;.</source>
        <translation>Een kamer-id bestaat uit 1 tot %1 kleine letters, cijfers of &apos;-&apos;.</translation>
    </message>
    <message>
        <source>A room needs a name in French and in Dutch.</source>
        <translation>Een kamer heeft een naam in het Frans en in het Nederlands nodig.</translation>
    </message>
    <message>
        <source>A room name is at most %1 bytes.</source>
        <translation>Een kamernaam is hoogstens %1 bytes.</translation>
    </message>
    <message>
        <source>The join policy is open, knock or invite.</source>
        <translation>De toegang is open, op aanvraag of op uitnodiging.</translation>
    </message>
    <message>
        <source>A region is a room id, such as brussels.</source>
        <translation>Een regio is een kamer-id, bijvoorbeeld brussels.</translation>
    </message>
    <message>
        <source>An organisation id is 1 to %1 lowercase letters, digits or &apos;-&apos;.</source>
        <translation>Een organisatie-id bestaat uit 1 tot %1 kleine letters, cijfers of &apos;-&apos;.</translation>
    </message>
    <message>
        <source>An organisation&apos;s name is 1 to %1 bytes.</source>
        <translation>De naam van een organisatie is 1 tot %1 bytes.</translation>
    </message>
    <message>
        <source>A description is at most %1 bytes.</source>
        <translation>Een beschrijving is hoogstens %1 bytes.</translation>
    </message>
    <message>
        <source>A contact line is at most %1 bytes.</source>
        <translation>Een contactregel is hoogstens %1 bytes.</translation>
    </message>
    <message>
        <source>The profile is locked.</source>
        <translation>Het profiel is vergrendeld.</translation>
    </message>
    <message>
        <source>%1 has the role now.</source>
        <translation>%1 heeft de rol nu.</translation>
    </message>
    <message>
        <source>%1 no longer has the role.</source>
        <translation>%1 heeft de rol niet meer.</translation>
    </message>
    <message>
        <source>The room %1 was created.</source>
        <translation>De kamer %1 is aangemaakt.</translation>
    </message>
    <message>
        <source>A code works from 1 to %1 times.</source>
        <translation>Een code werkt 1 tot %1 keer.</translation>
    </message>
    <message>
        <source>A code is valid for at most %1 days.</source>
        <translation>Een code is hoogstens %1 dagen geldig.</translation>
    </message>
    <message>
        <source>The organisation %1 was created.</source>
        <translation>De organisatie %1 is aangemaakt.</translation>
    </message>
</context>
<context>
    <name>relais::qt::ChatPage</name>
    <message>
        <source>Safety number</source>
        <translation>Veiligheidsnummer</translation>
    </message>
    <message>
        <source>Mark verified (the safety numbers match)</source>
        <translation>Markeren als geverifieerd (de veiligheidsnummers komen overeen)</translation>
    </message>
    <message>
        <source>Accept the new identity key without comparing</source>
        <translation>De nieuwe identiteitssleutel aanvaarden zonder te vergelijken</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rooms&lt;/b&gt;</source>
        <translation>&lt;b&gt;Kamers&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Direct conversations&lt;/b&gt;</source>
        <translation>&lt;b&gt;Privégesprekken&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Join this room</source>
        <translation>Deze kamer betreden</translation>
    </message>
    <message>
        <source>Write a message</source>
        <translation>Schrijf een bericht</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Versturen</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Gesprek</translation>
    </message>
    <message>
        <source>Outreach desk</source>
        <translation>Permanentiebureau</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Leden</translation>
    </message>
    <message>
        <source>Permanence</source>
        <translation>Permanentie</translation>
    </message>
    <message>
        <source>Moderation</source>
        <translation>Moderatie</translation>
    </message>
    <message>
        <source>Choose a room or a conversation on the left.</source>
        <translation>Kies links een kamer of een gesprek.</translation>
    </message>
    <message>
        <source>Safety alert</source>
        <translation>Veiligheidswaarschuwing</translation>
    </message>
    <message>
        <source>Write privately</source>
        <translation>Privé schrijven</translation>
    </message>
    <message>
        <source>Mute for an hour</source>
        <translation>Een uur het zwijgen opleggen</translation>
    </message>
    <message>
        <source>Remove from the room</source>
        <translation>Uit de kamer zetten</translation>
    </message>
    <message>
        <source>Ban from the room</source>
        <translation>Uit de kamer bannen</translation>
    </message>
    <message>
        <source>Report this message…</source>
        <translation>Dit bericht melden…</translation>
    </message>
    <message>
        <source>Remove this message</source>
        <translation>Dit bericht verwijderen</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Melden</translation>
    </message>
    <message>
        <source>Why do you report it?</source>
        <translation>Waarom meld je het?</translation>
    </message>
    <message>
        <source>A comment for the moderators (optional):</source>
        <translation>Een opmerking voor de moderatoren (niet verplicht):</translation>
    </message>
    <message>
        <source>Write to an id…</source>
        <translation>Schrijven naar een id…</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>Nieuw gesprek</translation>
    </message>
    <message>
        <source>The person&apos;s Relais id (26 letters and digits; they see it in their profile):</source>
        <translation>De Relais-id van de persoon (26 letters en cijfers; die ziet ze in haar profiel):</translation>
    </message>
    <message>
        <source>A name for this person, on this computer only:</source>
        <translation>Een naam voor deze persoon, alleen op deze computer:</translation>
    </message>
    <message>
        <source>Leave this room</source>
        <translation>Deze kamer verlaten</translation>
    </message>
    <message>
        <source>Invite code</source>
        <translation>Uitnodigingscode</translation>
    </message>
    <message>
        <source>%1 admits members with an invite code from its moderators. The code:</source>
        <translation>%1 laat alleen leden toe met een uitnodigingscode van de moderators. De code:</translation>
    </message>
    <message>
        <source>Chat permanences (Brussels time)</source>
        <translation>Chatpermanenties (Brusselse tijd)</translation>
    </message>
    <message>
        <source>Mark verified</source>
        <translation>Als geverifieerd markeren</translation>
    </message>
    <message>
        <source>Accept the new key</source>
        <translation>De nieuwe sleutel aanvaarden</translation>
    </message>
</context>
<context>
    <name>relais::qt::ConversationModel</name>
    <message>
        <source>a moderator</source>
        <translation>moderator</translation>
    </message>
    <message>
        <source>an outreach worker</source>
        <translation>veldwerker</translation>
    </message>
    <message>
        <source>an administrator</source>
        <translation>beheerder</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Jij</translation>
    </message>
    <message>
        <source>sending…</source>
        <translation>wordt verstuurd…</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>verstuurd</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>niet verstuurd</translation>
    </message>
    <message>
        <source>Safety alert</source>
        <translation>Veiligheidswaarschuwing</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>iemand</translation>
    </message>
    <message>
        <source>%1 joined the room.</source>
        <translation>%1 is de kamer binnengekomen.</translation>
    </message>
    <message>
        <source>%1 left the room.</source>
        <translation>%1 heeft de kamer verlaten.</translation>
    </message>
    <message>
        <source>%1 was removed from the room by a moderator.</source>
        <translation>%1 is door een moderator uit de kamer gezet.</translation>
    </message>
    <message>
        <source>%1 was banned by a moderator.</source>
        <translation>%1 is door een moderator verbannen.</translation>
    </message>
    <message>
        <source>%1 may join again.</source>
        <translation>%1 mag opnieuw binnenkomen.</translation>
    </message>
    <message>
        <source>%1 may write again.</source>
        <translation>%1 mag opnieuw schrijven.</translation>
    </message>
    <message>
        <source>%1 was muted until %2.</source>
        <translation>%1 mag niet schrijven tot %2.</translation>
    </message>
    <message>
        <source>A moderator removed a message.</source>
        <translation>Een moderator heeft een bericht verwijderd.</translation>
    </message>
    <message>
        <source>A moderator pinned a safety alert.</source>
        <translation>Een moderator heeft een veiligheidswaarschuwing vastgezet.</translation>
    </message>
    <message>
        <source>A moderator unpinned the safety alert.</source>
        <translation>Een moderator heeft de veiligheidswaarschuwing losgemaakt.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 is nu %2.</translation>
    </message>
    <message>
        <source>%1 is no longer %2.</source>
        <translation>%1 is niet langer %2.</translation>
    </message>
    <message>
        <source>A chat permanence opened.</source>
        <translation>Een chatpermanentie is begonnen.</translation>
    </message>
    <message>
        <source>The chat permanence closed.</source>
        <translation>De chatpermanentie is afgelopen.</translation>
    </message>
    <message>
        <source>Something changed in the room.</source>
        <translation>Er is iets veranderd in de kamer.</translation>
    </message>
    <message>
        <source>a member</source>
        <translation>een lid</translation>
    </message>
    <message>
        <source>A moderator removed you from this room. You can join it again.</source>
        <translation>Een moderator heeft je uit deze kamer gezet. Je mag opnieuw binnenkomen.</translation>
    </message>
    <message>
        <source>A moderator banned you from this room: you can no longer read or write here, nor join again, unless a moderator lifts the ban.</source>
        <translation>Een moderator heeft je uit deze kamer verbannen: je kunt hier niet meer lezen of schrijven en niet opnieuw binnenkomen, tenzij een moderator de ban opheft.</translation>
    </message>
    <message>
        <source>A moderator lifted your ban: you can join this room again.</source>
        <translation>Een moderator heeft je ban opgeheven: je mag opnieuw binnenkomen in deze kamer.</translation>
    </message>
    <message>
        <source>A moderator lifted your mute: you can write again.</source>
        <translation>Een moderator heeft je weer laten schrijven: je mag opnieuw schrijven.</translation>
    </message>
    <message>
        <source>A moderator muted you until %1: you can read, and write again after that.</source>
        <translation>Een moderator laat je niet schrijven tot %1: je kunt lezen, en daarna weer schrijven.</translation>
    </message>
</context>
<context>
    <name>relais::qt::EngineHost</name>
    <message>
        <source>Warning: the identity key of %1 changed. It may be a new phone, or someone else: nothing is sent to them until you compare the safety number and mark them verified, or accept the new key.</source>
        <translation>Let op: de identiteitssleutel van %1 is veranderd. Misschien een nieuwe telefoon, of iemand anders: er wordt niets verstuurd tot u het veiligheidsnummer vergelijkt en de persoon als geverifieerd markeert, of de nieuwe sleutel aanvaardt.</translation>
    </message>
    <message>
        <source>No profile folder.</source>
        <translation>Geen profielmap.</translation>
    </message>
    <message>
        <source>There is already a profile in %1; unlock it instead.</source>
        <translation>Er staat al een profiel in %1; ontgrendel dat.</translation>
    </message>
    <message>
        <source>The passphrase is empty.</source>
        <translation>De wachtzin is leeg.</translation>
    </message>
    <message>
        <source>The CA file %1 cannot be read.</source>
        <translation>Het CA-bestand %1 is niet leesbaar.</translation>
    </message>
    <message>
        <source>There is no profile in %1.</source>
        <translation>Er staat geen profiel in %1.</translation>
    </message>
    <message>
        <source>Wrong passphrase.</source>
        <translation>Verkeerde wachtzin.</translation>
    </message>
    <message>
        <source>The profile in %1 is damaged.</source>
        <translation>Het profiel in %1 is beschadigd.</translation>
    </message>
    <message>
        <source>The profile is open in another program; close it first.</source>
        <translation>Het profiel is open in een ander programma; sluit dat eerst.</translation>
    </message>
    <message>
        <source>The profile in %1 is not registered.</source>
        <translation>Het profiel in %1 is niet geregistreerd.</translation>
    </message>
    <message>
        <source>The profile is locked.</source>
        <translation>Het profiel is vergrendeld.</translation>
    </message>
    <message>
        <source>The passphrase is being changed already.</source>
        <translation>De wachtzin wordt al gewijzigd.</translation>
    </message>
    <message>
        <source>The new passphrase is empty.</source>
        <translation>De nieuwe wachtzin is leeg.</translation>
    </message>
    <message>
        <source>The new passphrase is too weak; add a few words.</source>
        <translation>De nieuwe wachtzin is te zwak; voeg een paar woorden toe.</translation>
    </message>
    <message>
        <source>The new passphrase is the same as the current one.</source>
        <translation>De nieuwe wachtzin is dezelfde als de huidige.</translation>
    </message>
    <message>
        <source>The profile could not be read.</source>
        <translation>Het profiel kon niet gelezen worden.</translation>
    </message>
    <message>
        <source>The current passphrase is wrong.</source>
        <translation>De huidige wachtzin is fout.</translation>
    </message>
    <message>
        <source>The profile could not be read: %1</source>
        <translation>Het profiel kon niet gelezen worden: %1</translation>
    </message>
    <message>
        <source>The passphrase could not be changed: %1</source>
        <translation>De wachtzin kon niet gewijzigd worden: %1</translation>
    </message>
    <message>
        <source>The relay closed the connection.</source>
        <translation>Het relais heeft de verbinding gesloten.</translation>
    </message>
    <message>
        <source>The profile could not be saved: %1</source>
        <translation>Het profiel kon niet bewaard worden: %1</translation>
    </message>
    <message>
        <source>The profile could not be created in %1: %2</source>
        <translation>Het profiel kon niet aangemaakt worden in %1: %2</translation>
    </message>
    <message>
        <source>The relay address is not usable.</source>
        <translation>Het adres van de relay is niet bruikbaar.</translation>
    </message>
    <message>
        <source>The pseudonym is not usable: %1</source>
        <translation>Het pseudoniem is niet bruikbaar: %1</translation>
    </message>
</context>
<context>
    <name>relais::qt::MainWindow</name>
    <message>
        <source>Locked after a time without use.</source>
        <translation>Vergrendeld na een tijd zonder gebruik.</translation>
    </message>
    <message>
        <source>Your profile was created.</source>
        <translation>Je profiel is aangemaakt.</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>Snel weg</translation>
    </message>
    <message>
        <source>Hides everything at once and locks (or press Escape twice).</source>
        <translation>Verbergt alles meteen en vergrendelt (of druk twee keer op Escape).</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Vergrendelen</translation>
    </message>
    <message>
        <source>Passphrase…</source>
        <translation>Wachtzin…</translation>
    </message>
    <message>
        <source>Change the passphrase of this profile.</source>
        <translation>De wachtzin van dit profiel wijzigen.</translation>
    </message>
    <message>
        <source>Administration…</source>
        <translation>Beheer…</translation>
    </message>
    <message>
        <source>Roles, rooms, invite codes and organisations (admins).</source>
        <translation>Rollen, kamers, uitnodigingscodes en organisaties (beheerders).</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Hulpbronnen</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hulp</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Vergrendeld</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinden…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbonden</translation>
    </message>
    <message>
        <source>Offline; trying again</source>
        <translation>Offline; nieuwe poging volgt</translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation>De wachtzin is gewijzigd.</translation>
    </message>
    <message>
        <source>My id</source>
        <translation>Mijn id</translation>
    </message>
    <message>
        <source>&lt;p&gt;Pseudonym: &lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Relais id (give it to someone who wants to write to you):&lt;br&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Pseudoniem: &lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Relais-id (geef hem aan wie je wil schrijven):&lt;br&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>relais::qt::MemberModel</name>
    <message>
        <source>If they read you the same digits (in person, or in a call where you know their voice), nobody is in the middle: mark them verified with the button below.</source>
        <translation>Leest die persoon u dezelfde cijfers voor (in het echt, of in een gesprek waarin u de stem herkent), dan zit er niemand tussen: markeer haar als geverifieerd met de knop hieronder.</translation>
    </message>
    <message>
        <source>identity key changed: compare the safety number</source>
        <translation>identiteitssleutel veranderd: vergelijk het veiligheidsnummer</translation>
    </message>
    <message>
        <source>name like someone you know: it may not be them</source>
        <translation>naam lijkt op die van iemand die u kent: misschien is zij het niet</translation>
    </message>
    <message>
        <source>(you)</source>
        <translation>(jij)</translation>
    </message>
    <message>
        <source>moderator</source>
        <translation>moderator</translation>
    </message>
    <message>
        <source>outreach worker</source>
        <translation>veldwerker</translation>
    </message>
    <message>
        <source>Safety number:</source>
        <translation>Veiligheidsnummer:</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>geverifieerd</translation>
    </message>
</context>
<context>
    <name>relais::qt::ModLogModel</name>
    <message>
        <source>moderator</source>
        <translation>moderator</translation>
    </message>
    <message>
        <source>outreach worker</source>
        <translation>veldwerker</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>beheerder</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 u</translation>
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
        <translation>Iemand</translation>
    </message>
    <message>
        <source>%1 let %2 in</source>
        <translation>%1 liet %2 binnen</translation>
    </message>
    <message>
        <source>%1 refused %2</source>
        <translation>%1 weigerde %2</translation>
    </message>
    <message>
        <source>%1 removed %2 from the room</source>
        <translation>%1 verwijderde %2 uit de kamer</translation>
    </message>
    <message>
        <source>%1 banned %2</source>
        <translation>%1 verbande %2</translation>
    </message>
    <message>
        <source>%1 lifted the ban on %2</source>
        <translation>%1 hief de verbanning van %2 op</translation>
    </message>
    <message>
        <source>%1 let %2 speak again</source>
        <translation>%1 liet %2 weer spreken</translation>
    </message>
    <message>
        <source>%1 muted %2 for %3</source>
        <translation>%1 legde %2 het zwijgen op voor %3</translation>
    </message>
    <message>
        <source>%1 removed message %2</source>
        <translation>%1 verwijderde bericht %2</translation>
    </message>
    <message>
        <source>%1 pinned message %2</source>
        <translation>%1 maakte bericht %2 vast</translation>
    </message>
    <message>
        <source>%1 pinned message %2 for %3</source>
        <translation>%1 maakte bericht %2 vast voor %3</translation>
    </message>
    <message>
        <source>%1 unpinned message %2</source>
        <translation>%1 maakte bericht %2 los</translation>
    </message>
    <message>
        <source>%1 made %2 %3</source>
        <translation>%1 maakte %2 %3</translation>
    </message>
    <message>
        <source>%1 took the %3 role from %2</source>
        <translation>%1 nam de rol %3 af van %2</translation>
    </message>
    <message>
        <source>By: %1</source>
        <translation>Door: %1</translation>
    </message>
    <message>
        <source>About: %1</source>
        <translation>Over: %1</translation>
    </message>
    <message>
        <source>Reading the log…</source>
        <translation>Het logboek wordt gelezen…</translation>
    </message>
    <message>
        <source>Nothing in the log yet.</source>
        <translation>Nog niets in het logboek.</translation>
    </message>
    <message>
        <source>The relay did not give the log: %1</source>
        <translation>Het relais gaf het logboek niet: %1</translation>
    </message>
    <message>
        <source>member</source>
        <translation>lid</translation>
    </message>
    <message>
        <source>%1 did something this program does not know</source>
        <translation>%1 deed iets dat dit programma niet kent</translation>
    </message>
</context>
<context>
    <name>relais::qt::ModerationPanel</name>
    <message>
        <source>Requests and reports</source>
        <translation>Aanvragen en meldingen</translation>
    </message>
    <message>
        <source>Join requests</source>
        <translation>Toegangsaanvragen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Vernieuwen</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Toelaten</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Weigeren</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Meldingen</translation>
    </message>
    <message>
        <source>Remove the message</source>
        <translation>Het bericht verwijderen</translation>
    </message>
    <message>
        <source>Ban the sender</source>
        <translation>De afzender bannen</translation>
    </message>
    <message>
        <source>✔ verified: the relay confirms this person sent exactly this text. A report that is not verified may be forged.</source>
        <translation>✔ geverifieerd: het relais bevestigt dat deze persoon precies deze tekst stuurde. Een melding die niet geverifieerd is, kan vervalst zijn.</translation>
    </message>
    <message>
        <source>Safety alert</source>
        <translation>Veiligheidswaarschuwing</translation>
    </message>
    <message>
        <source>A warning for everyone in the room</source>
        <translation>Een waarschuwing voor iedereen in de kamer</translation>
    </message>
    <message>
        <source> h</source>
        <translation> u</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Vastzetten</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Logboek</translation>
    </message>
    <message>
        <source>%1 · since %2</source>
        <translation>%1 · sinds %2</translation>
    </message>
    <message>
        <source>Nobody is waiting.</source>
        <translation>Niemand wacht.</translation>
    </message>
    <message>
        <source>Mark as handled</source>
        <translation>Als afgehandeld markeren</translation>
    </message>
    <message>
        <source>Show the handled reports</source>
        <translation>Afgehandelde meldingen tonen</translation>
    </message>
</context>
<context>
    <name>relais::qt::PassphraseDialog</name>
    <message>
        <source>Change the passphrase</source>
        <translation>De wachtzin wijzigen</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Huidige wachtzin</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nieuwe wachtzin</translation>
    </message>
    <message>
        <source>The new one again</source>
        <translation>De nieuwe, nog eens</translation>
    </message>
    <message>
        <source>Nobody can recover a forgotten passphrase, not even the relay&apos;s operators: without it, the profile is lost.</source>
        <translation>Niemand kan een vergeten wachtzin terughalen, ook de beheerders van het relais niet: zonder wachtzin is het profiel verloren.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Wijzigen</translation>
    </message>
    <message>
        <source>Give the current passphrase.</source>
        <translation>Geef de huidige wachtzin.</translation>
    </message>
    <message>
        <source>The new passphrase is too weak; add a few words.</source>
        <translation>De nieuwe wachtzin is te zwak; voeg een paar woorden toe.</translation>
    </message>
    <message>
        <source>The two new passphrases differ.</source>
        <translation>De twee nieuwe wachtzinnen verschillen.</translation>
    </message>
    <message>
        <source>Changing…</source>
        <translation>Bezig met wijzigen…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>relais::qt::PermanenceListModel</name>
    <message>
        <source>open now</source>
        <translation>nu open</translation>
    </message>
    <message>
        <source>no opening planned</source>
        <translation>geen opening gepland</translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s) on duty</source>
        <translation>
            <numerusform>%n hulpverlener van dienst</numerusform>
            <numerusform>%n hulpverleners van dienst</numerusform>
        </translation>
    </message>
    <message>
        <source>planned until %1, nobody there yet</source>
        <translation>gepland tot %1, nog niemand aanwezig</translation>
    </message>
    <message>
        <source>The relay cannot be reached: this is what it said at %1 (Brussels time).</source>
        <translation>Het relais is niet bereikbaar: dit zei het om %1 (Brusselse tijd).</translation>
    </message>
    <message>
        <source>unknown while offline (open at %1)</source>
        <translation>onbekend zolang offline (open om %1)</translation>
    </message>
    <message>
        <source>unknown while offline (closed at %1)</source>
        <translation>onbekend zolang offline (gesloten om %1)</translation>
    </message>
    <message>
        <source>next opening %1 (Brussels time)</source>
        <translation>volgende opening %1 (Brusselse tijd)</translation>
    </message>
</context>
<context>
    <name>relais::qt::PermanencePanel</name>
    <message>
        <source>Knock</source>
        <translation>Aankloppen</translation>
    </message>
    <message>
        <source>The worker offers to pass your conversation to a colleague.</source>
        <translation>De hulpverlener stelt voor je gesprek aan een collega door te geven.</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Aanvaarden</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Weigeren</translation>
    </message>
    <message>
        <source>Write to the outreach worker</source>
        <translation>Schrijf aan de hulpverlener</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Versturen</translation>
    </message>
    <message>
        <source>Closed for now</source>
        <translation>Nu gesloten</translation>
    </message>
    <message>
        <source>Leave a message: the organisation&apos;s workers will read it</source>
        <translation>Laat een bericht achter: de hulpverleners van de organisatie lezen het</translation>
    </message>
    <message>
        <source>Leave the message</source>
        <translation>Bericht achterlaten</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Taal:</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Frans</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <source>Choose a permanence in the list.</source>
        <translation>Kies een permanentie in de lijst.</translation>
    </message>
    <message>
        <source>End the conversation</source>
        <translation>Gesprek beëindigen</translation>
    </message>
    <message>
        <source>Leave the queue</source>
        <translation>Wachtrij verlaten</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Jij</translation>
    </message>
    <message>
        <source>Outreach worker</source>
        <translation>Hulpverlener</translation>
    </message>
    <message>
        <source> (sending)</source>
        <translation> (wordt verstuurd…)</translation>
    </message>
    <message>
        <source>In an emergency, call:</source>
        <translation>Bel in een noodgeval:</translation>
    </message>
    <message>
        <source>Knock anyway</source>
        <translation>Toch aankloppen</translation>
    </message>
    <message>
        <source>The worker offers to pass your conversation to a colleague, %1.</source>
        <translation>De hulpverlener stelt voor je gesprek door te geven aan een collega, %1.</translation>
    </message>
    <message>
        <source>This permanence is held in %1. You can knock anyway, or leave a message when it is closed.</source>
        <translation>Deze permanentie gebeurt in het %1. Je kunt toch aankloppen, of een bericht achterlaten wanneer ze gesloten is.</translation>
    </message>
    <message>
        <source>The permanence has closed; your conversation goes on until one of you ends it.</source>
        <translation>De permanentie is gesloten; jullie gesprek gaat door tot een van jullie het beëindigt.</translation>
    </message>
    <message>
        <source>The conversation is over.</source>
        <translation>Het gesprek is afgelopen.</translation>
    </message>
    <message>
        <source>Your messages with %1</source>
        <translation>Je berichten met %1</translation>
    </message>
    <message>
        <source>End the conversation with the outreach worker? You can knock again later.</source>
        <translation>Het gesprek met de hulpverlener beëindigen? Je kunt later opnieuw aankloppen.</translation>
    </message>
    <message>
        <source>Leave the queue? Your place goes to the next person.</source>
        <translation>De wachtrij verlaten? Je plaats gaat naar de volgende persoon.</translation>
    </message>
</context>
<context>
    <name>relais::qt::ReportModel</name>
    <message>
        <source>Harassment</source>
        <translation>Intimidatie</translation>
    </message>
    <message>
        <source>Doxing (someone&apos;s identity revealed)</source>
        <translation>Doxing (iemands identiteit onthuld)</translation>
    </message>
    <message>
        <source>Signs of exploitation or trafficking</source>
        <translation>Tekenen van uitbuiting of mensenhandel</translation>
    </message>
    <message>
        <source>Threat of violence</source>
        <translation>Dreiging met geweld</translation>
    </message>
    <message>
        <source>Spam</source>
        <translation>Spam</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>wordt gecontroleerd…</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>geverifieerd</translation>
    </message>
    <message>
        <source>NOT verified</source>
        <translation>NIET geverifieerd</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>Opmerking: %1</translation>
    </message>
    <message>
        <source>Handled</source>
        <translation>Afgehandeld</translation>
    </message>
</context>
<context>
    <name>relais::qt::ResourcesDialog</name>
    <message>
        <source>Emergency numbers</source>
        <translation>Noodnummers</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisaties</translation>
    </message>
    <message>
        <source>Not yet confirmed by the relay&apos;s operator.</source>
        <translation>Nog niet bevestigd door de beheerder van het relais.</translation>
    </message>
    <message>
        <source>Help and resources</source>
        <translation>Hulp en hulpbronnen</translation>
    </message>
    <message>
        <source>All cities</source>
        <translation>Alle steden</translation>
    </message>
    <message>
        <source>Cities: %1</source>
        <translation>Steden: %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>relais::qt::RoomListModel</name>
    <message>
        <source>waiting for a moderator</source>
        <translation>wacht op een moderator</translation>
    </message>
    <message>
        <source>not joined</source>
        <translation>niet binnen</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n lid</numerusform>
            <numerusform>%n leden</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click to join this room.</source>
        <translation>Dubbelklik om deze kamer te betreden.</translation>
    </message>
</context>
<context>
    <name>relais::qt::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Zoals het systeem</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <source>Lock after this idle time</source>
        <translation>Vergrendelen na deze tijd zonder activiteit</translation>
    </message>
    <message>
        <source>Show message text in notifications</source>
        <translation>Berichttekst tonen in meldingen</translation>
    </message>
    <message>
        <source>Anyone who sees the screen can read a notification. Leave this off unless you are alone with this computer.</source>
        <translation>Wie het scherm ziet, kan een melding lezen. Laat dit uit, tenzij je alleen bent met deze computer.</translation>
    </message>
    <message>
        <source>Discretion: a neutral window title and icon</source>
        <translation>Discretie: een neutrale venstertitel en een neutraal pictogram</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>%1 is not offered on this relay: Relais is shown in %2.</source>
        <extracomment>%1 and %2 are languages named in themselves (&quot;Română&quot;, &quot;English&quot;).</extracomment>
        <translation>%1 wordt op dit relais niet aangeboden; getoonde taal: %2.</translation>
    </message>
</context>
<context>
    <name>relais::qt::TicketSession</name>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>ongeveer %n minuut</numerusform>
            <numerusform>ongeveer %n minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>Knock to talk privately with an outreach worker.</source>
        <translation>Klop aan om privé met een hulpverlener te praten.</translation>
    </message>
    <message>
        <source>Knocking…</source>
        <translation>Aankloppen…</translation>
    </message>
    <message>
        <source>Your place in the queue: %1. Estimated wait: %2.</source>
        <translation>Je plaats in de wachtrij: %1. Geschatte wachttijd: %2.</translation>
    </message>
    <message>
        <source>An outreach worker took your ticket: you are talking privately.</source>
        <translation>Een hulpverlener heeft je ticket genomen: jullie praten privé.</translation>
    </message>
    <message>
        <source>The permanence is closed. No opening is planned yet.</source>
        <translation>De permanentie is gesloten. Er is nog geen opening gepland.</translation>
    </message>
    <message>
        <source>The permanence is closed. Next opening: %1 (Brussels time).</source>
        <translation>De permanentie is gesloten. Volgende opening: %1 (Brusselse tijd).</translation>
    </message>
    <message>
        <source>The profile is locked.</source>
        <translation>Het profiel is vergrendeld.</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>Het bericht is leeg.</translation>
    </message>
    <message>
        <source>Wait until an outreach worker takes your ticket.</source>
        <translation>Wacht tot een hulpverlener je ticket neemt.</translation>
    </message>
    <message>
        <source>An outreach worker took your ticket.</source>
        <translation>Een hulpverlener heeft je ticket genomen.</translation>
    </message>
    <message>
        <source>The conversation with the outreach worker ended.</source>
        <translation>Het gesprek met de hulpverlener is beëindigd.</translation>
    </message>
    <message>
        <source>Your message was left for the organisation; a worker will read it.</source>
        <translation>Je bericht is achtergelaten voor de organisatie; een hulpverlener leest het.</translation>
    </message>
    <message>
        <source>You left the permanence.</source>
        <translation>Je hebt de permanentie verlaten.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Niet verstuurd: %1</translation>
    </message>
    <message>
        <source>Another outreach worker of the organisation now answers you, privately.</source>
        <translation>Een andere hulpverlener van de organisatie antwoordt je nu, privé.</translation>
    </message>
    <message>
        <source>The conversation ended after 12 hours. You can knock again.</source>
        <translation>Het gesprek is na 12 uur beëindigd. Je kunt opnieuw aankloppen.</translation>
    </message>
    <message>
        <source>The permanence closed before a worker could take your ticket.</source>
        <translation>De permanentie sloot voordat een hulpverlener je ticket kon nemen.</translation>
    </message>
    <message>
        <source>The conversation is over. You can knock again at any time.</source>
        <translation>Het gesprek is afgelopen. Je kunt altijd opnieuw aankloppen.</translation>
    </message>
    <message>
        <source>Another outreach worker of the organisation now answers you.</source>
        <translation>Een andere hulpverlener van de organisatie antwoordt je nu.</translation>
    </message>
    <message>
        <source>You were away for a while, so your place in the queue went to the people waiting after you. You can knock again.</source>
        <translation>Je was een tijdje weg: je plaats in de wachtrij ging naar de mensen die na jou wachtten. Je kunt opnieuw aankloppen.</translation>
    </message>
    <message>
        <source>The permanence is open, but its queue is full: no place was kept for you. Try again later.</source>
        <translation>De permanentie is open, maar de wachtrij is vol: er werd geen plaats voor je vrijgehouden. Probeer het later opnieuw.</translation>
    </message>
    <message>
        <source>The permanence is open, but many people from your network or with new accounts are waiting already: no place was kept for you. Try again later.</source>
        <translation>De permanentie is open, maar veel mensen van je netwerk of met nieuwe accounts wachten al: er werd geen plaats voor je vrijgehouden. Probeer het later opnieuw.</translation>
    </message>
    <message>
        <source>The workers have your message, but the organisation&apos;s inbox on the relay is full: they may see it late. If it is urgent, the emergency numbers are under Resources.</source>
        <translation>De hulpverleners hebben je bericht, maar de inbox van de organisatie op de relay is vol: ze zien het misschien laat. Is het dringend, dan staan de noodnummers onder Hulpbronnen.</translation>
    </message>
    <message>
        <source>The workers have your message, but the relay could not add it to the organisation&apos;s inbox for now: they may see it late. If it is urgent, the emergency numbers are under Resources.</source>
        <translation>De hulpverleners hebben je bericht, maar de relay kon het voorlopig niet aan de inbox van de organisatie toevoegen: ze zien het misschien laat. Is het dringend, dan staan de noodnummers onder Hulpbronnen.</translation>
    </message>
    <message>
        <source>The permanence closed while you waited: your place in the queue has ended.</source>
        <translation>De permanentie is gesloten terwijl je wachtte: je plaats in de wachtrij is vervallen.</translation>
    </message>
    <message>
        <source>The permanence is planned now until %1 (Brussels time), but no outreach worker is there yet. Knock again in a few minutes.</source>
        <translation>De permanentie is nu gepland tot %1 (Brusselse tijd), maar er is nog geen hulpverlener. Klop over enkele minuten opnieuw aan.</translation>
    </message>
</context>
<context>
    <name>relais::qt::WelcomePage</name>
    <message>
        <source>&lt;h2&gt;Welcome&lt;/h2&gt;&lt;p&gt;Choose the relay your organisation gave you, a pseudonym (not your real name) and a passphrase. Nothing else about you is asked or kept.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Welkom&lt;/h2&gt;&lt;p&gt;Kies het relais dat je organisatie je gaf, een pseudoniem (niet je echte naam) en een wachtzin. Verder wordt niets over jou gevraagd of bewaard.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>only if the relay asks for one</source>
        <translation>alleen als het relais erom vraagt</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nobody can recover a forgotten passphrase&lt;/b&gt;, not even the relay&apos;s operator: the profile and its messages would be lost. Write it down somewhere safe, away from this computer.</source>
        <translation>&lt;b&gt;Niemand kan een vergeten wachtzin terughalen&lt;/b&gt;, ook de beheerder van het relais niet: het profiel en de berichten zouden verloren zijn. Schrijf hem op een veilige plek op, weg van deze computer.</translation>
    </message>
    <message>
        <source>Create my profile</source>
        <translation>Mijn profiel aanmaken</translation>
    </message>
    <message>
        <source>Relay address</source>
        <translation>Adres van het relais</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Pseudoniem</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Wachtzin</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Wachtzin nogmaals</translation>
    </message>
    <message>
        <source>Invite code</source>
        <translation>Uitnodigingscode</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Unlock&lt;/h2&gt;&lt;p&gt;Type your passphrase.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Ontgrendelen&lt;/h2&gt;&lt;p&gt;Typ je wachtzin.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Ontgrendelen</translation>
    </message>
    <message>
        <source>Give the relay&apos;s address.</source>
        <translation>Geef het adres van het relais.</translation>
    </message>
    <message>
        <source>Choose a pseudonym.</source>
        <translation>Kies een pseudoniem.</translation>
    </message>
    <message>
        <source>The passphrase is too weak; add a few words.</source>
        <translation>De wachtzin is te zwak; voeg een paar woorden toe.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>De twee wachtzinnen verschillen.</translation>
    </message>
    <message>
        <source>Creating the profile…</source>
        <translation>Profiel wordt aangemaakt…</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Ontgrendelen…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
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
        <translation>Periode: %1</translation>
    </message>
    <message>
        <source>Times the permanence opened: %1</source>
        <translation>Keren dat de permanentie openging: %1</translation>
    </message>
    <message>
        <source>Conversations held: %1</source>
        <translation>Gevoerde gesprekken: %1</translation>
    </message>
    <message>
        <source>Left or closed while waiting: %1</source>
        <translation>Vertrokken of gesloten tijdens het wachten: %1</translation>
    </message>
    <message>
        <source>Languages asked: %1</source>
        <translation>Gevraagde talen: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>Wait before a take: half within %1, 9 in 10 within %2, longest %3</source>
        <translation>Wachttijd tot het opnemen: de helft binnen %1, 9 op 10 binnen %2, langste %3</translation>
    </message>
    <message>
        <source>Messages left out of hours: %1</source>
        <translation>Berichten buiten de uren: %1</translation>
    </message>
    <message>
        <source>Handoffs: %1</source>
        <translation>Overdrachten: %1</translation>
    </message>
    <message>
        <source>The profile is locked.</source>
        <translation>Het profiel is vergrendeld.</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>Het bericht is leeg.</translation>
    </message>
    <message>
        <source>Choose one of your conversations first.</source>
        <translation>Kies eerst een van je gesprekken.</translation>
    </message>
    <message>
        <source>You took ticket %1: you can write to the person now.</source>
        <translation>Je nam ticket %1: je kunt de persoon nu schrijven.</translation>
    </message>
    <message>
        <source>A colleague handed ticket %1 to you.</source>
        <translation>Een collega gaf ticket %1 aan jou door.</translation>
    </message>
    <message>
        <source>Ticket %1 is now with your colleague.</source>
        <translation>Ticket %1 is nu bij je collega.</translation>
    </message>
    <message>
        <source>The conversation of ticket %1 ended.</source>
        <translation>Het gesprek van ticket %1 is beëindigd.</translation>
    </message>
    <message>
        <source>A message was left for %1.</source>
        <translation>Er werd een bericht achtergelaten voor %1.</translation>
    </message>
    <message>
        <source>The person declined the handoff of ticket %1; it stays with you.</source>
        <translation>De persoon weigerde de overdracht van ticket %1; het blijft bij jou.</translation>
    </message>
    <message>
        <source>You are on duty for %1.</source>
        <translation>Je hebt permanentie voor %1.</translation>
    </message>
    <message>
        <source>You are off duty for %1.</source>
        <translation>Je hebt geen permanentie meer voor %1.</translation>
    </message>
    <message>
        <source>Ticket %1 was offered to %2; the person decides.</source>
        <translation>Ticket %1 werd aan %2 aangeboden; de persoon beslist.</translation>
    </message>
    <message>
        <source>You ended the conversation of ticket %1.</source>
        <translation>Je beëindigde het gesprek van ticket %1.</translation>
    </message>
    <message>
        <source>The message is marked handled.</source>
        <translation>Het bericht is als behandeld gemarkeerd.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Niet verstuurd: %1</translation>
    </message>
    <message>
        <source>Ticket %1: %2</source>
        <translation>Ticket %1: %2</translation>
    </message>
    <message>
        <source>colleague %1</source>
        <translation>collega %1</translation>
    </message>
    <message>
        <source>Choose a colleague on duty first.</source>
        <translation>Kies eerst een collega die van dienst is.</translation>
    </message>
    <message>
        <source>Several colleagues on duty are named %1.</source>
        <translation>Meerdere collega&apos;s van dienst heten %1.</translation>
    </message>
    <message>
        <source>No colleague named %1 is on duty for this organisation.</source>
        <translation>Geen collega met de naam %1 is van dienst voor deze organisatie.</translation>
    </message>
    <message>
        <source>Choose a message in the inbox first.</source>
        <translation>Kies eerst een bericht in de inbox.</translation>
    </message>
    <message>
        <source>Your answer went to the person; the message is marked handled.</source>
        <translation>Je antwoord is naar de persoon verstuurd; het bericht is als behandeld gemarkeerd.</translation>
    </message>
    <message>
        <source>A colleague, before the handoff</source>
        <translation>Een collega, vóór de overdracht</translation>
    </message>
    <message>
        <source>%1 (colleague), before the handoff</source>
        <translation>%1 (collega), vóór de overdracht</translation>
    </message>
</context>
<context>
    <name>relais::qt::WorkerInboxModel</name>
    <message>
        <source>(the text is not on this device)</source>
        <translation>(de tekst staat niet op dit toestel)</translation>
    </message>
    <message>
        <source>handled</source>
        <translation>behandeld</translation>
    </message>
    <message>
        <source>to handle</source>
        <translation>te behandelen</translation>
    </message>
    <message>
        <source>not on the relay&apos;s list (its inbox was full)</source>
        <translation>niet in de lijst van de relay (de inbox was vol)</translation>
    </message>
    <message>
        <source>You answered: %1</source>
        <translation>Je antwoordde: %1</translation>
    </message>
</context>
<context>
    <name>relais::qt::WorkerPanel</name>
    <message>
        <source>Room (optional)</source>
        <translation>Ruimte (optioneel)</translation>
    </message>
    <message>
        <source>The room where the opening is announced; empty: the planned one.</source>
        <translation>De ruimte waar de opening wordt aangekondigd; leeg: de geplande.</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organisatie:</translation>
    </message>
    <message>
        <source>Take</source>
        <translation>Opnemen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Waiting&lt;/b&gt;</source>
        <translation>&lt;b&gt;Wachtend&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your conversations&lt;/b&gt;</source>
        <translation>&lt;b&gt;Je gesprekken&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Write to the person</source>
        <translation>Schrijf naar de persoon</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Versturen</translation>
    </message>
    <message>
        <source>Hand off</source>
        <translation>Overdragen</translation>
    </message>
    <message>
        <source>End the conversation</source>
        <translation>Gesprek beëindigen</translation>
    </message>
    <message>
        <source>Mark handled</source>
        <translation>Als behandeld markeren</translation>
    </message>
    <message>
        <source>Messages left while the permanence was closed, oldest first.</source>
        <translation>Berichten achtergelaten terwijl de permanentie dicht was, oudste eerst.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <source>ISO week</source>
        <translation>ISO-week</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <source>Show the counts</source>
        <translation>Toon de cijfers</translation>
    </message>
    <message>
        <source>including</source>
        <translation>met daarin</translation>
    </message>
    <message>
        <source>Queue and conversations</source>
        <translation>Wachtrij en gesprekken</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Inbox</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Cijfers</translation>
    </message>
    <message>
        <source>Go off duty</source>
        <translation>Permanentie beëindigen</translation>
    </message>
    <message>
        <source>Go on duty</source>
        <translation>Permanentie starten</translation>
    </message>
    <message>
        <source>On duty</source>
        <translation>Met permanentie</translation>
    </message>
    <message>
        <source>Off duty</source>
        <translation>Zonder permanentie</translation>
    </message>
    <message>
        <source>Take a ticket from the queue, or choose one of your conversations.</source>
        <translation>Neem een ticket uit de wachtrij, of kies een van je gesprekken.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ticket %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ticket %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ticket %1&lt;/b&gt; · %2</source>
        <translation>&lt;b&gt;Ticket %1&lt;/b&gt; · %2</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Jij</translation>
    </message>
    <message>
        <source>The person</source>
        <translation>De persoon</translation>
    </message>
    <message>
        <source> (sending)</source>
        <translation> (wordt verstuurd…)</translation>
    </message>
    <message>
        <source>No colleague on duty</source>
        <translation>Geen collega van dienst</translation>
    </message>
    <message>
        <source>A colleague on duty</source>
        <translation>Een collega van dienst</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwoorden</translation>
    </message>
    <message>
        <source>Answer on behalf of the organisation</source>
        <translation>Antwoorden namens de organisatie</translation>
    </message>
</context>
<context>
    <name>relais::qt::WorkerQueueModel</name>
    <message>
        <source>French</source>
        <translation>Frans</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <source>any language</source>
        <translation>elke taal</translation>
    </message>
    <message>
        <source>%1. Ticket %2 · %3 · waiting %4</source>
        <translation>%1. Ticket %2 · %3 · wacht al %4</translation>
    </message>
</context>
<context>
    <name>relais::qt::WorkerTicketModel</name>
    <message>
        <source>Ticket %1 · %2</source>
        <translation>Ticket %1 · %2</translation>
    </message>
    <message>
        <source>awaiting your reply</source>
        <translation>wacht op je antwoord</translation>
    </message>
</context>
<context>
    <name>relais::qt::Workspace</name>
    <message>
        <source>Not sent: the identity key of %1 changed. It may be a new phone, or someone else. Compare the safety number, then mark them verified; or accept the new key (right-click on their name).</source>
        <translation>Niet verstuurd: de identiteitssleutel van %1 is veranderd. Misschien een nieuwe telefoon, of iemand anders. Vergelijk het veiligheidsnummer en markeer de persoon als geverifieerd; of aanvaard de nieuwe sleutel (rechtsklik op de naam).</translation>
    </message>
    <message>
        <source>%1 is verified on this device, until their identity key changes.</source>
        <translation>%1 is geverifieerd op dit toestel, tot de identiteitssleutel verandert.</translation>
    </message>
    <message>
        <source>Messages go to the new key of %1. It is not verified: compare the safety number when you can.</source>
        <translation>Berichten gaan naar de nieuwe sleutel van %1. Die is niet geverifieerd: vergelijk het veiligheidsnummer zodra u kunt.</translation>
    </message>
    <message>
        <source>This is not a Relais id (26 letters and digits).</source>
        <translation>Dit is geen Relais-id (26 letters en cijfers).</translation>
    </message>
    <message>
        <source>The profile is locked.</source>
        <translation>Het profiel is vergrendeld.</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>Het bericht is leeg.</translation>
    </message>
    <message>
        <source>Choose a conversation first.</source>
        <translation>Kies eerst een gesprek.</translation>
    </message>
    <message>
        <source>Your request to join %1 waits for a moderator.</source>
        <translation>Je aanvraag om %1 te betreden wacht op een moderator.</translation>
    </message>
    <message>
        <source>You joined %1.</source>
        <translation>Je bent %1 binnengekomen.</translation>
    </message>
    <message>
        <source>A moderator let you into %1.</source>
        <translation>Een moderator heeft je in %1 toegelaten.</translation>
    </message>
    <message>
        <source>Your request to join %1 was refused.</source>
        <translation>Je aanvraag om %1 te betreden is geweigerd.</translation>
    </message>
    <message>
        <source>You left %1.</source>
        <translation>Je hebt %1 verlaten.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Niet verstuurd: %1</translation>
    </message>
    <message>
        <source>A report arrived for the moderators.</source>
        <translation>Er is een melding binnengekomen voor de moderatoren.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Gedaan.</translation>
    </message>
    <message numerus="yes">
        <source>The report reached %n moderator(s).</source>
        <translation>
            <numerusform>De melding heeft %n moderator bereikt.</numerusform>
            <numerusform>De melding heeft %n moderatoren bereikt.</numerusform>
        </translation>
    </message>
    <message>
        <source>A moderator removed your message from %1: it is gone from every member&apos;s screen and from the relay.</source>
        <translation>Een moderator heeft je bericht uit %1 verwijderd: het is weg van het scherm van elk lid en van de relay.</translation>
    </message>
    <message>
        <source>%1 answered your message: it is under Permanence.</source>
        <translation>%1 heeft je bericht beantwoord: zie onder Permanentie.</translation>
    </message>
</context>
</TS>
