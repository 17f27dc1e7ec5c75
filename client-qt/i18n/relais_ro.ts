<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro">
<context>
    <name>Discretion</name>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>FailureText</name>
    <message>
        <source>There is no safety number with them yet: exchange a message first.</source>
        <translation>Nu există încă un număr de siguranță cu această persoană: schimbați mai întâi un mesaj.</translation>
    </message>
    <message>
        <source>Their identity key changed: nothing is sent to them until you compare the safety number and verify them, or accept the new key.</source>
        <translation>Cheia de identitate a acestei persoane s-a schimbat: nu i se trimite nimic până nu compari numărul de siguranță și o verifici, sau accepți noua cheie.</translation>
    </message>
    <message>
        <source>Not connected to the relay.</source>
        <translation>Nu ești conectat(ă) la releu.</translation>
    </message>
    <message>
        <source>This profile is not registered.</source>
        <translation>Acest profil nu este înregistrat.</translation>
    </message>
    <message>
        <source>The relay could not parse a message from this program.</source>
        <translation>Releul nu a putut citi un mesaj de la acest program.</translation>
    </message>
    <message>
        <source>The relay does not know a request this program made.</source>
        <translation>Releul nu cunoaște o cerere făcută de acest program.</translation>
    </message>
    <message>
        <source>A message was larger than the relay accepts.</source>
        <translation>Un mesaj a fost mai mare decât acceptă releul.</translation>
    </message>
    <message>
        <source>The relay expected a log-in first.</source>
        <translation>Releul aștepta mai întâi o conectare.</translation>
    </message>
    <message>
        <source>The connection was already logged in.</source>
        <translation>Conexiunea era deja autentificată.</translation>
    </message>
    <message>
        <source>The relay did not accept this device&apos;s signature.</source>
        <translation>Releul nu a acceptat semnătura acestui dispozitiv.</translation>
    </message>
    <message>
        <source>The relay knows no account with this id.</source>
        <translation>Releul nu cunoaște niciun cont cu acest id.</translation>
    </message>
    <message>
        <source>The relay does not know this account; it may have been reset.</source>
        <translation>Releul nu cunoaște acest cont; poate a fost resetat.</translation>
    </message>
    <message>
        <source>The relay asks to slow down; try again in a moment.</source>
        <translation>Releul cere să încetinești; încearcă din nou peste puțin timp.</translation>
    </message>
    <message>
        <source>The relay could not store the message; try again later.</source>
        <translation>Releul nu a putut păstra mesajul; încearcă din nou mai târziu.</translation>
    </message>
    <message>
        <source>The relay needs a valid invite code to register.</source>
        <translation>Releul cere un cod de invitație valabil pentru înregistrare.</translation>
    </message>
    <message>
        <source>The relay did not accept the proof of work.</source>
        <translation>Releul nu a acceptat dovada de lucru.</translation>
    </message>
    <message>
        <source>The relay refused: this account lacks the role for it.</source>
        <translation>Releul a refuzat: acest cont nu are rolul necesar.</translation>
    </message>
    <message>
        <source>The relay is shutting down; try again later.</source>
        <translation>Releul se oprește; încearcă din nou mai târziu.</translation>
    </message>
    <message>
        <source>The relay is overloaded; try again later.</source>
        <translation>Releul este supraîncărcat; încearcă din nou mai târziu.</translation>
    </message>
    <message>
        <source>The recipient has too many messages waiting on the relay; nothing was sent. Try again later.</source>
        <translation>Destinatarul are prea multe mesaje în așteptare pe releu; nu s-a trimis nimic. Încearcă din nou mai târziu.</translation>
    </message>
    <message>
        <source>You have sent as much as the relay allows in a day; try again later.</source>
        <translation>Ai trimis cât permite releul într-o zi; încearcă din nou mai târziu.</translation>
    </message>
    <message>
        <source>The relay is short of disk space and takes no new messages for now; try again later.</source>
        <translation>Releul nu mai are destul spațiu pe disc și nu primește mesaje noi deocamdată; încearcă din nou mai târziu.</translation>
    </message>
    <message>
        <source>The relay refused a malformed request.</source>
        <translation>Releul a refuzat o cerere greșit formată.</translation>
    </message>
    <message>
        <source>The relay refused a request.</source>
        <translation>Releul a refuzat o cerere.</translation>
    </message>
    <message>
        <source>There is no such room.</source>
        <translation>Această cameră nu există.</translation>
    </message>
    <message>
        <source>You are not a member of that room.</source>
        <translation>Nu ești membru(ă) al acestei camere.</translation>
    </message>
    <message>
        <source>You are already a member of that room.</source>
        <translation>Ești deja membru(ă) al acestei camere.</translation>
    </message>
    <message>
        <source>This room is full.</source>
        <translation>Această cameră este plină.</translation>
    </message>
    <message>
        <source>You are banned from that room.</source>
        <translation>Ai fost exclus(ă) din această cameră.</translation>
    </message>
    <message>
        <source>You are muted in that room for now.</source>
        <translation>Deocamdată nu poți scrie în această cameră.</translation>
    </message>
    <message>
        <source>This room admits people only with a moderator&apos;s approval.</source>
        <translation>Această cameră primește persoane doar cu aprobarea unui moderator.</translation>
    </message>
    <message>
        <source>This room needs an invite code.</source>
        <translation>Această cameră cere un cod de invitație.</translation>
    </message>
    <message>
        <source>There is no such message in this room.</source>
        <translation>Acest mesaj nu există în această cameră.</translation>
    </message>
    <message>
        <source>An organisation with this id exists already.</source>
        <translation>Există deja o organizație cu acest id.</translation>
    </message>
    <message>
        <source>It exists already.</source>
        <translation>Există deja.</translation>
    </message>
    <message>
        <source>A room with this id exists already.</source>
        <translation>Există deja o cameră cu acest id.</translation>
    </message>
    <message>
        <source>There is no such organisation.</source>
        <translation>Această organizație nu există.</translation>
    </message>
    <message>
        <source>There is no such ticket (it may have ended).</source>
        <translation>Acest tichet nu există (poate s-a încheiat).</translation>
    </message>
    <message>
        <source>Another worker took that ticket first.</source>
        <translation>Alt lucrător de teren a luat primul acest tichet.</translation>
    </message>
    <message>
        <source>The permanence is closed.</source>
        <translation>Permanența este închisă.</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>Mesajul este gol.</translation>
    </message>
    <message>
        <source>The message is longer than %1 KiB.</source>
        <translation>Mesajul depășește %1 KiB.</translation>
    </message>
    <message>
        <source>The comment is longer than %1 KiB.</source>
        <translation>Comentariul depășește %1 KiB.</translation>
    </message>
    <message>
        <source>That needs another account than this profile&apos;s own.</source>
        <translation>Pentru asta e nevoie de alt cont decât cel al acestui profil.</translation>
    </message>
    <message>
        <source>This device holds no message with that number in that room.</source>
        <translation>Acest dispozitiv nu are niciun mesaj cu acest număr în această cameră.</translation>
    </message>
    <message>
        <source>This device holds no conversation for that ticket.</source>
        <translation>Acest dispozitiv nu are nicio conversație pentru acest tichet.</translation>
    </message>
    <message>
        <source>No worker has taken the ticket yet; wait for one.</source>
        <translation>Niciun lucrător de teren nu a luat încă tichetul; așteaptă puțin.</translation>
    </message>
    <message>
        <source>This room has no moderator to send the report to.</source>
        <translation>Această cameră nu are niciun moderator căruia să i se trimită raportul.</translation>
    </message>
    <message>
        <source>The report could not reach any moderator.</source>
        <translation>Raportul nu a putut ajunge la niciun moderator.</translation>
    </message>
    <message>
        <source>This organisation has no worker to read it yet.</source>
        <translation>Această organizație nu are încă niciun lucrător care să-l citească.</translation>
    </message>
    <message>
        <source>The message could not reach any worker.</source>
        <translation>Mesajul nu a putut ajunge la niciun lucrător de teren.</translation>
    </message>
    <message>
        <source>Too many of your messages are waiting for this recipient on the relay; nothing was sent. Try again once they have read them.</source>
        <translation>Prea multe dintre mesajele tale așteaptă acest destinatar pe releu; nu s-a trimis nimic. Încearcă din nou după ce le citește.</translation>
    </message>
    <message>
        <source>Too many messages from your network are waiting for this recipient on the relay; nothing was sent. Try again later.</source>
        <translation>Prea multe mesaje din rețeaua ta așteaptă acest destinatar pe releu; nu s-a trimis nimic. Încearcă din nou mai târziu.</translation>
    </message>
    <message>
        <source>Too many messages from new accounts of your network are waiting for this recipient on the relay; nothing was sent. Try again later.</source>
        <translation>Prea multe mesaje de la conturi noi din rețeaua ta așteaptă acest destinatar pe releu; nu s-a trimis nimic. Încearcă din nou mai târziu.</translation>
    </message>
    <message>
        <source>Many accounts of your network posted in rooms just now; try again in a moment.</source>
        <translation>Multe conturi din rețeaua ta tocmai au scris în camere; încearcă din nou peste câteva momente.</translation>
    </message>
    <message>
        <source>The message could not reach any worker: too many messages from your network are waiting for them on the relay. Nothing was sent; try again later.</source>
        <translation>Mesajul nu a putut ajunge la niciun lucrător de teren: prea multe mesaje din rețeaua ta îi așteaptă pe releu. Nu s-a trimis nimic; încearcă din nou mai târziu.</translation>
    </message>
    <message>
        <source>The message could not reach any worker: they have too many messages waiting on the relay. Nothing was sent; try again later.</source>
        <translation>Mesajul nu a putut ajunge la niciun lucrător de teren: prea multe mesaje îi așteaptă deja pe releu. Nu s-a trimis nimic; încearcă din nou mai târziu.</translation>
    </message>
    <message>
        <source>The recipient&apos;s keys do not verify; nothing was sent.</source>
        <translation>Cheile destinatarului nu se verifică; nu s-a trimis nimic.</translation>
    </message>
    <message>
        <source>This device could not sign its keys.</source>
        <translation>Acest dispozitiv nu a putut semna cheile sale.</translation>
    </message>
    <message>
        <source>A cryptographic operation failed on this device.</source>
        <translation>O operație criptografică a eșuat pe acest dispozitiv.</translation>
    </message>
    <message>
        <source>The relay asks for more proof of work than this program will do.</source>
        <translation>Releul cere mai multă dovadă de lucru decât face acest program.</translation>
    </message>
    <message>
        <source>The relay speaks protocol version %1; this program speaks version %2.</source>
        <translation>Releul folosește versiunea de protocol %1; acest program folosește versiunea %2.</translation>
    </message>
    <message>
        <source>The relay sent a malformed challenge.</source>
        <translation>Releul a trimis o provocare greșit formată.</translation>
    </message>
    <message>
        <source>The relay sent a second challenge; it was ignored.</source>
        <translation>Releul a trimis a doua provocare; a fost ignorată.</translation>
    </message>
    <message>
        <source>The relay sent a malformed account id.</source>
        <translation>Releul a trimis un id de cont greșit format.</translation>
    </message>
    <message>
        <source>The relay answered a request with the wrong kind of frame.</source>
        <translation>Releul a răspuns la o cerere cu un tip greșit de cadru.</translation>
    </message>
    <message>
        <source>The relay sent the key bundle of another account.</source>
        <translation>Releul a trimis setul de chei al altui cont.</translation>
    </message>
    <message>
        <source>The relay answered a request this program did not make.</source>
        <translation>Releul a răspuns la o cerere pe care acest program nu a făcut-o.</translation>
    </message>
    <message>
        <source>The relay sent a message that does not parse; it was ignored.</source>
        <translation>Releul a trimis un mesaj care nu poate fi citit; a fost ignorat.</translation>
    </message>
    <message>
        <source>The relay sent a frame this program does not know; it was ignored.</source>
        <translation>Releul a trimis un cadru pe care acest program nu îl cunoaște; a fost ignorat.</translation>
    </message>
    <message>
        <source>The relay sent a frame this program does not handle; it was ignored.</source>
        <translation>Releul a trimis un cadru pe care acest program nu îl tratează; a fost ignorat.</translation>
    </message>
    <message>
        <source>The relay delivered an envelope before the log-in.</source>
        <translation>Releul a livrat un plic înainte de conectare.</translation>
    </message>
    <message>
        <source>The relay delivered a room entry before the log-in.</source>
        <translation>Releul a livrat o intrare de cameră înainte de conectare.</translation>
    </message>
    <message>
        <source>The relay sent a malformed room entry; it was ignored.</source>
        <translation>Releul a trimis o intrare de cameră greșit formată; a fost ignorată.</translation>
    </message>
    <message>
        <source>The relay sent a malformed room answer; it was ignored.</source>
        <translation>Releul a trimis un răspuns de cameră greșit format; a fost ignorat.</translation>
    </message>
    <message>
        <source>The relay sent a malformed notice; it was ignored.</source>
        <translation>Releul a trimis o notificare greșit formată; a fost ignorată.</translation>
    </message>
    <message>
        <source>The resources directory is empty or damaged.</source>
        <translation>Lista de resurse este goală sau deteriorată.</translation>
    </message>
    <message>
        <source>A message that was not sealed for this device was dropped.</source>
        <translation>Un mesaj care nu era sigilat pentru acest dispozitiv a fost eliminat.</translation>
    </message>
    <message>
        <source>A message whose keys are not those of the account it names was dropped.</source>
        <translation>Un mesaj ale cărui chei nu sunt ale contului pe care îl numește a fost eliminat.</translation>
    </message>
    <message>
        <source>An envelope with a malformed sender was dropped.</source>
        <translation>Un plic cu un expeditor greșit format a fost eliminat.</translation>
    </message>
    <message>
        <source>A message of an unknown type was dropped.</source>
        <translation>Un mesaj de tip necunoscut a fost eliminat.</translation>
    </message>
    <message>
        <source>A message could not be decrypted: there is no session with its sender.</source>
        <translation>Un mesaj nu a putut fi decriptat: nu există nicio sesiune cu expeditorul lui.</translation>
    </message>
    <message>
        <source>A message could not be decrypted and was dropped.</source>
        <translation>Un mesaj nu a putut fi decriptat și a fost eliminat.</translation>
    </message>
    <message>
        <source>A message did not decode and was dropped.</source>
        <translation>Un mesaj nu a putut fi decodat și a fost eliminat.</translation>
    </message>
    <message>
        <source>A malformed message for an organisation was dropped.</source>
        <translation>Un mesaj greșit format pentru o organizație a fost eliminat.</translation>
    </message>
    <message>
        <source>A malformed report was dropped.</source>
        <translation>Un raport greșit format a fost eliminat.</translation>
    </message>
    <message>
        <source>A room key did not decode and was dropped.</source>
        <translation>O cheie de cameră nu a putut fi decodată și a fost eliminată.</translation>
    </message>
    <message>
        <source>A room message could not be decrypted and was dropped.</source>
        <translation>Un mesaj de cameră nu a putut fi decriptat și a fost eliminat.</translation>
    </message>
    <message>
        <source>A room message did not decode and was dropped.</source>
        <translation>Un mesaj de cameră nu a putut fi decodat și a fost eliminat.</translation>
    </message>
    <message>
        <source>A room message did not match what the relay recorded and was dropped.</source>
        <translation>Un mesaj de cameră nu corespundea cu ce a înregistrat releul și a fost eliminat.</translation>
    </message>
    <message>
        <source>A room message waited too long for its sender&apos;s key and was dropped.</source>
        <translation>Un mesaj de cameră a așteptat prea mult cheia expeditorului și a fost eliminat.</translation>
    </message>
    <message>
        <source>A room message with a malformed sender was dropped.</source>
        <translation>Un mesaj de cameră cu un expeditor greșit format a fost eliminat.</translation>
    </message>
    <message>
        <source>Something went wrong inside the program.</source>
        <translation>Ceva nu a mers bine în program.</translation>
    </message>
    <message>
        <source>The room id</source>
        <translation>Id-ul camerei</translation>
    </message>
    <message>
        <source>The organisation id</source>
        <translation>Id-ul organizației</translation>
    </message>
    <message>
        <source>The region</source>
        <translation>Regiunea</translation>
    </message>
    <message>
        <source>The Relais id</source>
        <translation>Id-ul Relais</translation>
    </message>
    <message>
        <source>The room&apos;s name</source>
        <translation>Numele camerei</translation>
    </message>
    <message>
        <source>The organisation&apos;s name</source>
        <translation>Numele organizației</translation>
    </message>
    <message>
        <source>The description</source>
        <translation>Descrierea</translation>
    </message>
    <message>
        <source>The contact line</source>
        <translation>Linia de contact</translation>
    </message>
    <message>
        <source>The language</source>
        <translation>Limba</translation>
    </message>
    <message>
        <source>Who may join</source>
        <translation>Cine poate intra</translation>
    </message>
    <message>
        <source>The role</source>
        <translation>Rolul</translation>
    </message>
    <message>
        <source>The role&apos;s room or organisation</source>
        <translation>Camera sau organizația rolului</translation>
    </message>
    <message>
        <source>How long the room keeps messages</source>
        <translation>Cât timp păstrează camera mesajele</translation>
    </message>
    <message>
        <source>How long messages stay</source>
        <translation>Cât timp rămân mesajele</translation>
    </message>
    <message>
        <source>The number of members</source>
        <translation>Numărul de membri</translation>
    </message>
    <message>
        <source>The moderator action</source>
        <translation>Acțiunea de moderare</translation>
    </message>
    <message>
        <source>The message</source>
        <translation>Mesajul</translation>
    </message>
    <message>
        <source>The duration</source>
        <translation>Durata</translation>
    </message>
    <message>
        <source>The number of uses</source>
        <translation>Numărul de utilizări</translation>
    </message>
    <message>
        <source>How long the code works</source>
        <translation>Cât timp funcționează codul</translation>
    </message>
    <message>
        <source>The day of the week</source>
        <translation>Ziua săptămânii</translation>
    </message>
    <message>
        <source>The date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>The start time</source>
        <translation>Ora de început</translation>
    </message>
    <message>
        <source>The end time</source>
        <translation>Ora de sfârșit</translation>
    </message>
    <message>
        <source>The message id</source>
        <translation>Id-ul mesajului</translation>
    </message>
    <message>
        <source>The ticket</source>
        <translation>Tichetul</translation>
    </message>
    <message>
        <source>The period</source>
        <translation>Perioada</translation>
    </message>
    <message>
        <source>The opening hours</source>
        <translation>Programul</translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation>%1 lipsește.</translation>
    </message>
    <message>
        <source>%1 is longer than %2 bytes.</source>
        <translation>%1 depășește %2 octeți.</translation>
    </message>
    <message>
        <source>%1 is above its limit of %2.</source>
        <translation>%1 depășește limita de %2.</translation>
    </message>
    <message>
        <source>%1 is not one this relay knows.</source>
        <translation>%1 nu este cunoscut(ă) de acest releu.</translation>
    </message>
    <message>
        <source>%1: no more than %2.</source>
        <translation>%1: nu mai mult de %2.</translation>
    </message>
    <message>
        <source>%1 is not allowed here.</source>
        <translation>%1 nu este permis(ă) aici.</translation>
    </message>
    <message>
        <source>%1 is not written as it should be.</source>
        <translation>%1 nu este scris(ă) cum trebuie.</translation>
    </message>
    <message>
        <source>A name must not be empty.</source>
        <translation>Un nume nu poate fi gol.</translation>
    </message>
    <message>
        <source>A name is at most %1 bytes long.</source>
        <translation>Un nume are cel mult %1 octeți.</translation>
    </message>
    <message>
        <source>A name must not contain control characters (tabs, line breaks).</source>
        <translation>Un nume nu poate conține caractere de control (tabulatoare, rânduri noi).</translation>
    </message>
    <message>
        <source>A name must not start or end with a space.</source>
        <translation>Un nume nu poate începe sau se termina cu un spațiu.</translation>
    </message>
    <message>
        <source>Another contact already has this id.</source>
        <translation>Alt contact are deja acest id.</translation>
    </message>
    <message>
        <source>A part of the request</source>
        <translation>O parte a cererii</translation>
    </message>
    <message>
        <source>The relay address must start with ws:// or wss://.</source>
        <translation>Adresa releului trebuie să înceapă cu ws:// sau wss://.</translation>
    </message>
    <message>
        <source>The relay address must not carry a user name.</source>
        <translation>Adresa releului nu poate conține un nume de utilizator.</translation>
    </message>
    <message>
        <source>The relay address has an unclosed &apos;[&apos;.</source>
        <translation>Adresa releului are un „[” neînchis.</translation>
    </message>
    <message>
        <source>The relay address has something unexpected after its host.</source>
        <translation>Adresa releului are ceva neașteptat după gazdă.</translation>
    </message>
    <message>
        <source>The relay address has an empty port.</source>
        <translation>Adresa releului are un port gol.</translation>
    </message>
    <message>
        <source>The relay address has a malformed IPv6 host.</source>
        <translation>Adresa releului are o gazdă IPv6 greșit formată.</translation>
    </message>
    <message>
        <source>The relay address has no host.</source>
        <translation>Adresa releului nu are gazdă.</translation>
    </message>
    <message>
        <source>The relay address has a malformed host.</source>
        <translation>Adresa releului are o gazdă greșit formată.</translation>
    </message>
    <message>
        <source>The relay address has a malformed port.</source>
        <translation>Adresa releului are un port greșit format.</translation>
    </message>
    <message>
        <source>The relay port must be between 1 and 65535.</source>
        <translation>Portul releului trebuie să fie între 1 și 65535.</translation>
    </message>
    <message>
        <source>The relay address has a malformed path.</source>
        <translation>Adresa releului are o cale greșit formată.</translation>
    </message>
    <message>
        <source>The relay address is not usable.</source>
        <translation>Adresa releului nu poate fi folosită.</translation>
    </message>
    <message>
        <source>The relay at %1 cannot be reached. Check the address and the connection.</source>
        <translation>Releul de la %1 nu poate fi contactat. Verifică adresa și conexiunea.</translation>
    </message>
    <message>
        <source>The relay at %1 did not answer in time.</source>
        <translation>Releul de la %1 nu a răspuns la timp.</translation>
    </message>
    <message>
        <source>The relay at %1 could not prove who it is: its certificate is not trusted.</source>
        <translation>Releul de la %1 nu a putut dovedi cine este: certificatul lui nu este de încredere.</translation>
    </message>
    <message>
        <source>The relay at %1 sent something this program does not accept.</source>
        <translation>Releul de la %1 a trimis ceva ce acest program nu acceptă.</translation>
    </message>
    <message>
        <source>The certificate file given for the relay cannot be used.</source>
        <translation>Fișierul de certificat dat pentru releu nu poate fi folosit.</translation>
    </message>
    <message>
        <source>The connection to the relay at %1 failed.</source>
        <translation>Conexiunea la releul de la %1 a eșuat.</translation>
    </message>
    <message>
        <source>this device does not allow writing there</source>
        <translation>acest dispozitiv nu permite scrierea acolo</translation>
    </message>
    <message>
        <source>the folder is missing</source>
        <translation>dosarul lipsește</translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation>fișierul este deteriorat</translation>
    </message>
    <message>
        <source>the disk refused (it may be full or read-only)</source>
        <translation>discul a refuzat (poate este plin sau doar pentru citire)</translation>
    </message>
    <message>
        <source>the disk refused</source>
        <translation>discul a refuzat</translation>
    </message>
    <message>
        <source>You are not on duty for this organisation: go on duty first.</source>
        <translation>Nu ești de serviciu pentru această organizație: intră mai întâi în serviciu.</translation>
    </message>
    <message>
        <source>This conversation was handed to a colleague; you can no longer write in it.</source>
        <translation>Această conversație a fost transmisă unui coleg; nu mai poți scrie în ea.</translation>
    </message>
    <message>
        <source>That colleague is not on duty now; choose another one.</source>
        <translation>Acest coleg nu este de serviciu acum; alege pe altcineva.</translation>
    </message>
    <message>
        <source>The person has not come back since the relay restarted; write once she is back.</source>
        <translation>Persoana nu a revenit de când releul a repornit; scrie-i când revine.</translation>
    </message>
    <message>
        <source>This message is not on this device any more.</source>
        <translation>Acest mesaj nu mai este pe acest dispozitiv.</translation>
    </message>
    <message>
        <source>A message for a permanence conversation this device does not hold was dropped.</source>
        <translation>Un mesaj pentru o conversație de permanență pe care acest dispozitiv nu o are a fost aruncat.</translation>
    </message>
    <message>
        <source>This report is not on this device any more.</source>
        <translation>Acest raport nu mai este pe acest dispozitiv.</translation>
    </message>
    <message>
        <source>The relay&apos;s inbox does not list this message (it was full when it came): it cannot be marked handled for your colleagues.</source>
        <translation>Căsuța releului nu conține acest mesaj (era plină când a sosit): nu poate fi marcat ca rezolvat pentru colegii tăi.</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Quick exit</source>
        <translation>Ieșire rapidă</translation>
    </message>
    <message>
        <source>Press Escape twice, or the Quick exit button: every window disappears at once and the profile is locked. Open the program again and type your passphrase to come back.</source>
        <translation>Apasă de două ori Escape, sau butonul Ieșire rapidă: toate ferestrele dispar imediat și profilul se blochează. Deschide din nou programul și scrie fraza de acces ca să revii.</translation>
    </message>
    <message>
        <source>What stays on this computer</source>
        <translation>Ce rămâne pe acest calculator</translation>
    </message>
    <message>
        <source>Your messages, contacts and keys are kept in one encrypted file, readable only with your passphrase. Nobody can recover the passphrase: if it is forgotten, the profile is lost.</source>
        <translation>Mesajele, contactele și cheile tale sunt păstrate într-un singur fișier criptat, care poate fi citit doar cu fraza ta de acces. Nimeni nu poate recupera fraza de acces: dacă o uiți, profilul este pierdut.</translation>
    </message>
    <message>
        <source>A search of the computer can still show that the program is installed, that the folder %1 exists and how big it is, when it last changed, and the preferences file %2 (language, lock time; no messages).</source>
        <translation>O percheziție a calculatorului poate arăta totuși că programul este instalat, că dosarul %1 există și cât de mare este, când s-a schimbat ultima dată, și fișierul de preferințe %2 (limba, timpul de blocare; niciun mesaj).</translation>
    </message>
    <message>
        <source>Turn on discretion in the settings to give the window a neutral title and icon. Keep message text out of notifications unless you are alone with this computer.</source>
        <translation>Activează discreția în setări pentru a da ferestrei un titlu și o pictogramă neutre. Nu lăsa textul mesajelor în notificări decât dacă ești singur(ă) cu acest calculator.</translation>
    </message>
    <message>
        <source>Removing the program and its data</source>
        <translation>Ștergerea programului și a datelor lui</translation>
    </message>
    <message>
        <source>Quit the program.</source>
        <translation>Închide programul.</translation>
    </message>
    <message>
        <source>Delete the folder %1 (this erases the profile for good).</source>
        <translation>Șterge dosarul %1 (asta șterge profilul definitiv).</translation>
    </message>
    <message>
        <source>Uninstall the program with your system&apos;s software tool (for example: sudo apt remove relais), and empty the trash.</source>
        <translation>Dezinstalează programul cu instrumentul de programe al sistemului (de exemplu: sudo apt remove relais) și golește coșul.</translation>
    </message>
    <message>
        <source>The relay keeps no name, no telephone number and no address of yours. Your account there stops being used when the profile is deleted.</source>
        <translation>Releul nu păstrează niciun nume, niciun număr de telefon și nicio adresă a ta. Contul tău de acolo nu mai este folosit când profilul este șters.</translation>
    </message>
</context>
<context>
    <name>Notification</name>
    <message>
        <source>Something new arrived.</source>
        <translation>A sosit ceva nou.</translation>
    </message>
    <message>
        <source>%1 in %2: %3</source>
        <translation>%1 în %2: %3</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <source>Choose a passphrase.</source>
        <translation>Alege o frază de acces.</translation>
    </message>
    <message>
        <source>Weak: a few words nobody would link to you are easier to remember and harder to guess.</source>
        <translation>Slabă: câteva cuvinte pe care nimeni nu le-ar lega de tine sunt mai ușor de ținut minte și mai greu de ghicit.</translation>
    </message>
    <message>
        <source>Fair: one or two more words would make it much stronger.</source>
        <translation>Acceptabilă: încă unul sau două cuvinte ar face-o mult mai puternică.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Puternică.</translation>
    </message>
</context>
<context>
    <name>relais::qt::AdminDialog</name>
    <message>
        <source>Administration</source>
        <translation>Administrare</translation>
    </message>
    <message>
        <source>For the relay&apos;s admins (invite codes for an invite room: its moderators too). The relay refuses anyone else.</source>
        <translation>Pentru administratorii releului (coduri de invitație pentru o cameră cu invitație: și moderatorii ei). Releul refuză pe oricine altcineva.</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roluri</translation>
    </message>
    <message>
        <source>New room</source>
        <translation>Cameră nouă</translation>
    </message>
    <message>
        <source>Invite code</source>
        <translation>Cod de invitație</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Organizație nouă</translation>
    </message>
    <message>
        <source>Here is the code; it works until %1.</source>
        <translation>Iată codul; funcționează până la %1.</translation>
    </message>
    <message>
        <source>Here is the code.</source>
        <translation>Iată codul.</translation>
    </message>
    <message>
        <source>26 letters and digits, as &quot;My id&quot; shows it</source>
        <translation>26 de litere și cifre, cum le arată „Id-ul meu”</translation>
    </message>
    <message>
        <source>Relais id</source>
        <translation>Id Relais</translation>
    </message>
    <message>
        <source>Moderator of a room</source>
        <translation>Moderator al unei camere</translation>
    </message>
    <message>
        <source>Outreach worker of an organisation</source>
        <translation>Lucrător de teren al unei organizații</translation>
    </message>
    <message>
        <source>Admin of the relay</source>
        <translation>Administrator al releului</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Room or organisation id</source>
        <translation>Id-ul camerei sau al organizației</translation>
    </message>
    <message>
        <source>Give the role</source>
        <translation>Dă rolul</translation>
    </message>
    <message>
        <source>Take the role away</source>
        <translation>Ia rolul înapoi</translation>
    </message>
    <message>
        <source>Asking the relay…</source>
        <translation>Se întreabă releul…</translation>
    </message>
    <message>
        <source>lowercase letters, digits, &apos;-&apos;: liege</source>
        <translation>litere mici, cifre, „-”: liege</translation>
    </message>
    <message>
        <source>Room id</source>
        <translation>Id-ul camerei</translation>
    </message>
    <message>
        <source>Name in French</source>
        <translation>Numele în franceză</translation>
    </message>
    <message>
        <source>Name in Dutch</source>
        <translation>Numele în neerlandeză</translation>
    </message>
    <message>
        <source>Open: anyone may join</source>
        <translation>Deschisă: oricine poate intra</translation>
    </message>
    <message>
        <source>Knock: a moderator lets people in</source>
        <translation>Cu cerere: un moderator lasă persoanele să intre</translation>
    </message>
    <message>
        <source>Invite: with a code only</source>
        <translation>Cu invitație: doar cu un cod</translation>
    </message>
    <message>
        <source>Who may join</source>
        <translation>Cine poate intra</translation>
    </message>
    <message>
        <source>optional: the city&apos;s room, for the resources</source>
        <translation>opțional: camera orașului, pentru resurse</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Regiune</translation>
    </message>
    <message>
        <source>Create the room</source>
        <translation>Creează camera</translation>
    </message>
    <message>
        <source>empty: a code to register on this relay</source>
        <translation>gol: un cod pentru înregistrarea pe acest releu</translation>
    </message>
    <message>
        <source>Invite room id</source>
        <translation>Id-ul camerei cu invitație</translation>
    </message>
    <message>
        <source>Works this many times</source>
        <translation>Funcționează de atâtea ori</translation>
    </message>
    <message>
        <source> days</source>
        <translation> zile</translation>
    </message>
    <message>
        <source>the relay&apos;s default (a week)</source>
        <translation>valoarea implicită a releului (o săptămână)</translation>
    </message>
    <message>
        <source>Valid for</source>
        <translation>Valabil</translation>
    </message>
    <message>
        <source>Create a code</source>
        <translation>Creează un cod</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Cod</translation>
    </message>
    <message>
        <source>lowercase letters, digits, &apos;-&apos;: espace-p</source>
        <translation>litere mici, cifre, „-”: espace-p</translation>
    </message>
    <message>
        <source>Organisation id</source>
        <translation>Id-ul organizației</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <source>What it offers</source>
        <translation>Ce oferă</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Limbi</translation>
    </message>
    <message>
        <source>How to reach it</source>
        <translation>Cum poate fi contactată</translation>
    </message>
    <message>
        <source>Create the organisation</source>
        <translation>Creează organizația</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Închide</translation>
    </message>
</context>
<context>
    <name>relais::qt::AdminRequests</name>
    <message>
        <source>This is not a Relais id (26 letters and digits).</source>
        <translation>Acesta nu este un id Relais (26 de litere și cifre).</translation>
    </message>
    <message>
        <source>The admin role is for the whole relay: give no room.</source>
        <translation>Rolul de administrator este pentru tot releul: nu da nicio cameră.</translation>
    </message>
    <message>
        <source>Give the id of the room, such as brussels.</source>
        <translation>Dă id-ul camerei, de exemplu brussels.</translation>
    </message>
    <message>
        <source>Give the id of the organisation, such as espace-p.</source>
        <translation>Dă id-ul organizației, de exemplu espace-p.</translation>
    </message>
    <message>
        <source>The role is moderator, outreach worker or admin.</source>
        <translation>Rolul este moderator, lucrător de teren sau administrator.</translation>
    </message>
    <message>
        <source>Languages are two-letter codes separated by commas: fr, nl, en.</source>
        <translation>Limbile sunt coduri de două litere separate prin virgule: fr, nl, en.</translation>
    </message>
    <message>
        <source>Give at most %1 languages.</source>
        <translation>Dă cel mult %1 limbi.</translation>
    </message>
    <message>
        <source>A room id is 1 to %1 lowercase letters, digits or &apos;-&apos;.</source>
        <translation>Un id de cameră are între 1 și %1 litere mici, cifre sau „-”.</translation>
    </message>
    <message>
        <source>A room needs a name in French and in Dutch.</source>
        <translation>O cameră are nevoie de un nume în franceză și în neerlandeză.</translation>
    </message>
    <message>
        <source>A room name is at most %1 bytes.</source>
        <translation>Un nume de cameră are cel mult %1 octeți.</translation>
    </message>
    <message>
        <source>The join policy is open, knock or invite.</source>
        <translation>Regula de intrare este open, knock sau invite.</translation>
    </message>
    <message>
        <source>A region is a room id, such as brussels.</source>
        <translation>O regiune este un id de cameră, de exemplu brussels.</translation>
    </message>
    <message>
        <source>An organisation id is 1 to %1 lowercase letters, digits or &apos;-&apos;.</source>
        <translation>Un id de organizație are între 1 și %1 litere mici, cifre sau „-”.</translation>
    </message>
    <message>
        <source>An organisation&apos;s name is 1 to %1 bytes.</source>
        <translation>Numele unei organizații are între 1 și %1 octeți.</translation>
    </message>
    <message>
        <source>A description is at most %1 bytes.</source>
        <translation>O descriere are cel mult %1 octeți.</translation>
    </message>
    <message>
        <source>A contact line is at most %1 bytes.</source>
        <translation>O linie de contact are cel mult %1 octeți.</translation>
    </message>
    <message>
        <source>The profile is locked.</source>
        <translation>Profilul este blocat.</translation>
    </message>
    <message>
        <source>%1 has the role now.</source>
        <translation>%1 are acum rolul.</translation>
    </message>
    <message>
        <source>%1 no longer has the role.</source>
        <translation>%1 nu mai are rolul.</translation>
    </message>
    <message>
        <source>The room %1 was created.</source>
        <translation>Camera %1 a fost creată.</translation>
    </message>
    <message>
        <source>A code works from 1 to %1 times.</source>
        <translation>Un cod funcționează de 1 până la %1 ori.</translation>
    </message>
    <message>
        <source>A code is valid for at most %1 days.</source>
        <translation>Un cod este valabil cel mult %1 zile.</translation>
    </message>
    <message>
        <source>The organisation %1 was created.</source>
        <translation>Organizația %1 a fost creată.</translation>
    </message>
</context>
<context>
    <name>relais::qt::ChatPage</name>
    <message>
        <source>Safety number</source>
        <translation>Număr de siguranță</translation>
    </message>
    <message>
        <source>Mark verified (the safety numbers match)</source>
        <translation>Marchează ca verificat(ă) (numerele de siguranță se potrivesc)</translation>
    </message>
    <message>
        <source>Accept the new identity key without comparing</source>
        <translation>Acceptă noua cheie de identitate fără să compari</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rooms&lt;/b&gt;</source>
        <translation>&lt;b&gt;Camere&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Direct conversations&lt;/b&gt;</source>
        <translation>&lt;b&gt;Conversații directe&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Join this room</source>
        <translation>Intră în această cameră</translation>
    </message>
    <message>
        <source>Write a message</source>
        <translation>Scrie un mesaj</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Trimite</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversație</translation>
    </message>
    <message>
        <source>Outreach desk</source>
        <translation>Biroul de teren</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membri</translation>
    </message>
    <message>
        <source>Permanence</source>
        <translation>Permanență</translation>
    </message>
    <message>
        <source>Moderation</source>
        <translation>Moderare</translation>
    </message>
    <message>
        <source>Choose a room or a conversation on the left.</source>
        <translation>Alege o cameră sau o conversație în stânga.</translation>
    </message>
    <message>
        <source>Safety alert</source>
        <translation>Alertă de siguranță</translation>
    </message>
    <message>
        <source>Write privately</source>
        <translation>Scrie în privat</translation>
    </message>
    <message>
        <source>Mute for an hour</source>
        <translation>Fără scris pentru o oră</translation>
    </message>
    <message>
        <source>Remove from the room</source>
        <translation>Scoate din cameră</translation>
    </message>
    <message>
        <source>Ban from the room</source>
        <translation>Exclude din cameră</translation>
    </message>
    <message>
        <source>Report this message…</source>
        <translation>Raportează acest mesaj…</translation>
    </message>
    <message>
        <source>Remove this message</source>
        <translation>Șterge acest mesaj</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Raportează</translation>
    </message>
    <message>
        <source>Why do you report it?</source>
        <translation>De ce îl raportezi?</translation>
    </message>
    <message>
        <source>A comment for the moderators (optional):</source>
        <translation>Un comentariu pentru moderatori (opțional):</translation>
    </message>
    <message>
        <source>Write to an id…</source>
        <translation>Scrie unui id…</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>Conversație nouă</translation>
    </message>
    <message>
        <source>The person&apos;s Relais id (26 letters and digits; they see it in their profile):</source>
        <translation>Id-ul Relais al persoanei (26 de litere și cifre; îl vede în profilul său):</translation>
    </message>
    <message>
        <source>A name for this person, on this computer only:</source>
        <translation>Un nume pentru această persoană, doar pe acest calculator:</translation>
    </message>
    <message>
        <source>Leave this room</source>
        <translation>Ieși din această cameră</translation>
    </message>
    <message>
        <source>Invite code</source>
        <translation>Cod de invitație</translation>
    </message>
    <message>
        <source>%1 admits members with an invite code from its moderators. The code:</source>
        <translation>%1 primește membri cu un cod de invitație de la moderatorii ei. Codul:</translation>
    </message>
    <message>
        <source>Chat permanences (Brussels time)</source>
        <translation>Permanențe de chat (ora Bruxelles-ului)</translation>
    </message>
    <message>
        <source>Mark verified</source>
        <translation>Marchează ca verificată</translation>
    </message>
    <message>
        <source>Accept the new key</source>
        <translation>Acceptă cheia nouă</translation>
    </message>
</context>
<context>
    <name>relais::qt::ConversationModel</name>
    <message>
        <source>a moderator</source>
        <translation>un moderator</translation>
    </message>
    <message>
        <source>an outreach worker</source>
        <translation>un lucrător de teren</translation>
    </message>
    <message>
        <source>an administrator</source>
        <translation>un administrator</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Tu</translation>
    </message>
    <message>
        <source>sending…</source>
        <translation>se trimite…</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>trimis</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>netrimis</translation>
    </message>
    <message>
        <source>Safety alert</source>
        <translation>Alertă de siguranță</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>cineva</translation>
    </message>
    <message>
        <source>%1 joined the room.</source>
        <translation>%1 a intrat în cameră.</translation>
    </message>
    <message>
        <source>%1 left the room.</source>
        <translation>%1 a ieșit din cameră.</translation>
    </message>
    <message>
        <source>%1 was removed from the room by a moderator.</source>
        <translation>%1 a fost scos(ă) din cameră de un moderator.</translation>
    </message>
    <message>
        <source>%1 was banned by a moderator.</source>
        <translation>%1 a fost exclus(ă) de un moderator.</translation>
    </message>
    <message>
        <source>%1 may join again.</source>
        <translation>%1 poate intra din nou.</translation>
    </message>
    <message>
        <source>%1 may write again.</source>
        <translation>%1 poate scrie din nou.</translation>
    </message>
    <message>
        <source>%1 was muted until %2.</source>
        <translation>%1 nu poate scrie până la %2.</translation>
    </message>
    <message>
        <source>A moderator removed a message.</source>
        <translation>Un moderator a șters un mesaj.</translation>
    </message>
    <message>
        <source>A moderator pinned a safety alert.</source>
        <translation>Un moderator a fixat o alertă de siguranță.</translation>
    </message>
    <message>
        <source>A moderator unpinned the safety alert.</source>
        <translation>Un moderator a scos alerta de siguranță.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 este acum %2.</translation>
    </message>
    <message>
        <source>%1 is no longer %2.</source>
        <translation>%1 nu mai este %2.</translation>
    </message>
    <message>
        <source>A chat permanence opened.</source>
        <translation>A început o permanență de chat.</translation>
    </message>
    <message>
        <source>The chat permanence closed.</source>
        <translation>Permanența de chat s-a închis.</translation>
    </message>
    <message>
        <source>Something changed in the room.</source>
        <translation>Ceva s-a schimbat în cameră.</translation>
    </message>
    <message>
        <source>a member</source>
        <translation>un membru</translation>
    </message>
    <message>
        <source>A moderator removed you from this room. You can join it again.</source>
        <translation>Un moderator te-a scos din această cameră. Poți intra din nou.</translation>
    </message>
    <message>
        <source>A moderator banned you from this room: you can no longer read or write here, nor join again, unless a moderator lifts the ban.</source>
        <translation>Un moderator te-a exclus din această cameră: nu mai poți citi sau scrie aici, nici intra din nou, decât dacă un moderator ridică excluderea.</translation>
    </message>
    <message>
        <source>A moderator lifted your ban: you can join this room again.</source>
        <translation>Un moderator a ridicat excluderea ta: poți intra din nou în această cameră.</translation>
    </message>
    <message>
        <source>A moderator lifted your mute: you can write again.</source>
        <translation>Un moderator ți-a redat cuvântul: poți scrie din nou.</translation>
    </message>
    <message>
        <source>A moderator muted you until %1: you can read, and write again after that.</source>
        <translation>Un moderator nu te lasă să scrii până la %1: poți citi și vei putea scrie din nou după aceea.</translation>
    </message>
</context>
<context>
    <name>relais::qt::EngineHost</name>
    <message>
        <source>Warning: the identity key of %1 changed. It may be a new phone, or someone else: nothing is sent to them until you compare the safety number and mark them verified, or accept the new key.</source>
        <translation>Atenție: cheia de identitate a lui %1 s-a schimbat. Poate fi un telefon nou, sau altcineva: nu i se trimite nimic până nu compari numărul de siguranță și o marchezi ca verificată, sau accepți noua cheie.</translation>
    </message>
    <message>
        <source>No profile folder.</source>
        <translation>Niciun dosar de profil.</translation>
    </message>
    <message>
        <source>There is already a profile in %1; unlock it instead.</source>
        <translation>Există deja un profil în %1; deblochează-l.</translation>
    </message>
    <message>
        <source>The passphrase is empty.</source>
        <translation>Fraza de acces este goală.</translation>
    </message>
    <message>
        <source>The CA file %1 cannot be read.</source>
        <translation>Fișierul CA %1 nu poate fi citit.</translation>
    </message>
    <message>
        <source>There is no profile in %1.</source>
        <translation>Nu există niciun profil în %1.</translation>
    </message>
    <message>
        <source>Wrong passphrase.</source>
        <translation>Frază de acces greșită.</translation>
    </message>
    <message>
        <source>The profile in %1 is damaged.</source>
        <translation>Profilul din %1 este deteriorat.</translation>
    </message>
    <message>
        <source>The profile is open in another program; close it first.</source>
        <translation>Profilul este deschis în alt program; închide-l mai întâi.</translation>
    </message>
    <message>
        <source>The profile in %1 is not registered.</source>
        <translation>Profilul din %1 nu este înregistrat.</translation>
    </message>
    <message>
        <source>The profile is locked.</source>
        <translation>Profilul este blocat.</translation>
    </message>
    <message>
        <source>The passphrase is being changed already.</source>
        <translation>Fraza de acces se schimbă deja.</translation>
    </message>
    <message>
        <source>The new passphrase is empty.</source>
        <translation>Noua frază de acces este goală.</translation>
    </message>
    <message>
        <source>The new passphrase is too weak; add a few words.</source>
        <translation>Noua frază de acces este prea slabă; adaugă câteva cuvinte.</translation>
    </message>
    <message>
        <source>The new passphrase is the same as the current one.</source>
        <translation>Noua frază de acces este la fel ca cea actuală.</translation>
    </message>
    <message>
        <source>The profile could not be read.</source>
        <translation>Profilul nu a putut fi citit.</translation>
    </message>
    <message>
        <source>The current passphrase is wrong.</source>
        <translation>Fraza de acces actuală este greșită.</translation>
    </message>
    <message>
        <source>The profile could not be read: %1</source>
        <translation>Profilul nu a putut fi citit: %1</translation>
    </message>
    <message>
        <source>The passphrase could not be changed: %1</source>
        <translation>Fraza de acces nu a putut fi schimbată: %1</translation>
    </message>
    <message>
        <source>The relay closed the connection.</source>
        <translation>Releul a închis conexiunea.</translation>
    </message>
    <message>
        <source>The profile could not be saved: %1</source>
        <translation>Profilul nu a putut fi salvat: %1</translation>
    </message>
    <message>
        <source>The profile could not be created in %1: %2</source>
        <translation>Profilul nu a putut fi creat în %1: %2</translation>
    </message>
    <message>
        <source>The relay address is not usable.</source>
        <translation>Adresa releului nu poate fi folosită.</translation>
    </message>
    <message>
        <source>The pseudonym is not usable: %1</source>
        <translation>Pseudonimul nu poate fi folosit: %1</translation>
    </message>
</context>
<context>
    <name>relais::qt::MainWindow</name>
    <message>
        <source>Locked after a time without use.</source>
        <translation>Blocat după un timp fără folosire.</translation>
    </message>
    <message>
        <source>Your profile was created.</source>
        <translation>Profilul tău a fost creat.</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>Ieșire rapidă</translation>
    </message>
    <message>
        <source>Hides everything at once and locks (or press Escape twice).</source>
        <translation>Ascunde totul imediat și blochează (sau apasă de două ori Escape).</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Blochează</translation>
    </message>
    <message>
        <source>Passphrase…</source>
        <translation>Frază de acces…</translation>
    </message>
    <message>
        <source>Change the passphrase of this profile.</source>
        <translation>Schimbă fraza de acces a acestui profil.</translation>
    </message>
    <message>
        <source>Administration…</source>
        <translation>Administrare…</translation>
    </message>
    <message>
        <source>Roles, rooms, invite codes and organisations (admins).</source>
        <translation>Roluri, camere, coduri de invitație și organizații (administratori).</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Setări</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Resurse</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ajutor</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Blocat</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Se conectează…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Conectat</translation>
    </message>
    <message>
        <source>Offline; trying again</source>
        <translation>Fără conexiune; se încearcă din nou</translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation>Fraza de acces a fost schimbată.</translation>
    </message>
    <message>
        <source>My id</source>
        <translation>Id-ul meu</translation>
    </message>
    <message>
        <source>&lt;p&gt;Pseudonym: &lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Relais id (give it to someone who wants to write to you):&lt;br&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Pseudonim: &lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Id Relais (dă-l cuiva care vrea să-ți scrie):&lt;br&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Închide</translation>
    </message>
</context>
<context>
    <name>relais::qt::MemberModel</name>
    <message>
        <source>If they read you the same digits (in person, or in a call where you know their voice), nobody is in the middle: mark them verified with the button below.</source>
        <translation>Dacă persoana îți citește aceleași cifre (în persoană, sau într-un apel în care îi recunoști vocea), nu este nimeni la mijloc: marcheaz-o ca verificată cu butonul de dedesubt.</translation>
    </message>
    <message>
        <source>identity key changed: compare the safety number</source>
        <translation>cheia de identitate s-a schimbat: compară numărul de siguranță</translation>
    </message>
    <message>
        <source>name like someone you know: it may not be them</source>
        <translation>nume asemănător cu cineva cunoscut: poate nu este aceeași persoană</translation>
    </message>
    <message>
        <source>(you)</source>
        <translation>(tu)</translation>
    </message>
    <message>
        <source>moderator</source>
        <translation>moderator</translation>
    </message>
    <message>
        <source>outreach worker</source>
        <translation>lucrător de teren</translation>
    </message>
    <message>
        <source>Safety number:</source>
        <translation>Număr de siguranță:</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>verificat(ă)</translation>
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
        <translation>lucrător de teren</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>administrator</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n zi</numerusform>
            <numerusform>%n zile</numerusform>
            <numerusform>%n de zile</numerusform>
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
        <translation>Cineva</translation>
    </message>
    <message>
        <source>%1 let %2 in</source>
        <translation>%1 l-a lăsat pe %2 să intre</translation>
    </message>
    <message>
        <source>%1 refused %2</source>
        <translation>%1 l-a refuzat pe %2</translation>
    </message>
    <message>
        <source>%1 removed %2 from the room</source>
        <translation>%1 l-a scos pe %2 din cameră</translation>
    </message>
    <message>
        <source>%1 banned %2</source>
        <translation>%1 l-a exclus pe %2</translation>
    </message>
    <message>
        <source>%1 lifted the ban on %2</source>
        <translation>%1 a ridicat excluderea lui %2</translation>
    </message>
    <message>
        <source>%1 let %2 speak again</source>
        <translation>%1 l-a lăsat pe %2 să scrie din nou</translation>
    </message>
    <message>
        <source>%1 muted %2 for %3</source>
        <translation>%1 i-a interzis lui %2 să scrie pentru %3</translation>
    </message>
    <message>
        <source>%1 removed message %2</source>
        <translation>%1 a șters mesajul %2</translation>
    </message>
    <message>
        <source>%1 pinned message %2</source>
        <translation>%1 a fixat mesajul %2</translation>
    </message>
    <message>
        <source>%1 pinned message %2 for %3</source>
        <translation>%1 a fixat mesajul %2 pentru %3</translation>
    </message>
    <message>
        <source>%1 unpinned message %2</source>
        <translation>%1 a scos mesajul fixat %2</translation>
    </message>
    <message>
        <source>%1 made %2 %3</source>
        <translation>%1 l-a făcut pe %2 %3</translation>
    </message>
    <message>
        <source>%1 took the %3 role from %2</source>
        <translation>%1 i-a luat lui %2 rolul de %3</translation>
    </message>
    <message>
        <source>By: %1</source>
        <translation>De: %1</translation>
    </message>
    <message>
        <source>About: %1</source>
        <translation>Despre: %1</translation>
    </message>
    <message>
        <source>Reading the log…</source>
        <translation>Se citește jurnalul…</translation>
    </message>
    <message>
        <source>Nothing in the log yet.</source>
        <translation>Nimic în jurnal deocamdată.</translation>
    </message>
    <message>
        <source>The relay did not give the log: %1</source>
        <translation>Releul nu a dat jurnalul: %1</translation>
    </message>
    <message>
        <source>member</source>
        <translation>membru</translation>
    </message>
    <message>
        <source>%1 did something this program does not know</source>
        <translation>%1 a făcut ceva ce acest program nu cunoaște</translation>
    </message>
</context>
<context>
    <name>relais::qt::ModerationPanel</name>
    <message>
        <source>Requests and reports</source>
        <translation>Cereri și rapoarte</translation>
    </message>
    <message>
        <source>Join requests</source>
        <translation>Cereri de intrare</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Reîmprospătează</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Aprobă</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Refuză</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapoarte</translation>
    </message>
    <message>
        <source>Remove the message</source>
        <translation>Șterge mesajul</translation>
    </message>
    <message>
        <source>Ban the sender</source>
        <translation>Exclude expeditorul</translation>
    </message>
    <message>
        <source>✔ verified: the relay confirms this person sent exactly this text. A report that is not verified may be forged.</source>
        <translation>✔ verificat: releul confirmă că această persoană a trimis exact acest text. Un raport neverificat poate fi fals.</translation>
    </message>
    <message>
        <source>Safety alert</source>
        <translation>Alertă de siguranță</translation>
    </message>
    <message>
        <source>A warning for everyone in the room</source>
        <translation>O avertizare pentru toată lumea din cameră</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Fixează</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Jurnal</translation>
    </message>
    <message>
        <source>%1 · since %2</source>
        <translation>%1 · din %2</translation>
    </message>
    <message>
        <source>Nobody is waiting.</source>
        <translation>Nu așteaptă nimeni.</translation>
    </message>
    <message>
        <source>Mark as handled</source>
        <translation>Marchează ca rezolvat</translation>
    </message>
    <message>
        <source>Show the handled reports</source>
        <translation>Arată rapoartele rezolvate</translation>
    </message>
</context>
<context>
    <name>relais::qt::PassphraseDialog</name>
    <message>
        <source>Change the passphrase</source>
        <translation>Schimbă fraza de acces</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Fraza de acces actuală</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Fraza de acces nouă</translation>
    </message>
    <message>
        <source>The new one again</source>
        <translation>Cea nouă încă o dată</translation>
    </message>
    <message>
        <source>Nobody can recover a forgotten passphrase, not even the relay&apos;s operators: without it, the profile is lost.</source>
        <translation>Nimeni nu poate recupera o frază de acces uitată, nici măcar operatorii releului: fără ea, profilul este pierdut.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Schimbă</translation>
    </message>
    <message>
        <source>Give the current passphrase.</source>
        <translation>Dă fraza de acces actuală.</translation>
    </message>
    <message>
        <source>The new passphrase is too weak; add a few words.</source>
        <translation>Noua frază de acces este prea slabă; adaugă câteva cuvinte.</translation>
    </message>
    <message>
        <source>The two new passphrases differ.</source>
        <translation>Cele două fraze noi diferă.</translation>
    </message>
    <message>
        <source>Changing…</source>
        <translation>Se schimbă…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anulează</translation>
    </message>
</context>
<context>
    <name>relais::qt::PermanenceListModel</name>
    <message>
        <source>open now</source>
        <translation>deschisă acum</translation>
    </message>
    <message>
        <source>no opening planned</source>
        <translation>nicio deschidere planificată</translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s) on duty</source>
        <translation>
            <numerusform>%n lucrător de teren de serviciu</numerusform>
            <numerusform>%n lucrători de teren de serviciu</numerusform>
            <numerusform>%n de lucrători de teren de serviciu</numerusform>
        </translation>
    </message>
    <message>
        <source>planned until %1, nobody there yet</source>
        <translation>programată până la %1, încă nu e nimeni</translation>
    </message>
    <message>
        <source>The relay cannot be reached: this is what it said at %1 (Brussels time).</source>
        <translation>Releul nu poate fi contactat: iată ce spunea la %1 (ora Bruxelles-ului).</translation>
    </message>
    <message>
        <source>unknown while offline (open at %1)</source>
        <translation>necunoscut fără conexiune (deschisă la %1)</translation>
    </message>
    <message>
        <source>unknown while offline (closed at %1)</source>
        <translation>necunoscut fără conexiune (închisă la %1)</translation>
    </message>
    <message>
        <source>next opening %1 (Brussels time)</source>
        <translation>următoarea deschidere %1 (ora Bruxelles-ului)</translation>
    </message>
</context>
<context>
    <name>relais::qt::PermanencePanel</name>
    <message>
        <source>Knock</source>
        <translation>Bate la ușă</translation>
    </message>
    <message>
        <source>The worker offers to pass your conversation to a colleague.</source>
        <translation>Lucrătorul de teren propune să-ți transmită conversația unui coleg.</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accept</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Refuz</translation>
    </message>
    <message>
        <source>Write to the outreach worker</source>
        <translation>Scrie lucrătorului de teren</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Trimite</translation>
    </message>
    <message>
        <source>Closed for now</source>
        <translation>Închis deocamdată</translation>
    </message>
    <message>
        <source>Leave a message: the organisation&apos;s workers will read it</source>
        <translation>Lasă un mesaj: lucrătorii organizației îl vor citi</translation>
    </message>
    <message>
        <source>Leave the message</source>
        <translation>Lasă mesajul</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Limba:</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Franceză</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Neerlandeză</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engleză</translation>
    </message>
    <message>
        <source>Choose a permanence in the list.</source>
        <translation>Alege o permanență din listă.</translation>
    </message>
    <message>
        <source>End the conversation</source>
        <translation>Încheie conversația</translation>
    </message>
    <message>
        <source>Leave the queue</source>
        <translation>Ieși din coadă</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Tu</translation>
    </message>
    <message>
        <source>Outreach worker</source>
        <translation>Lucrător de teren</translation>
    </message>
    <message>
        <source> (sending)</source>
        <translation> (se trimite)</translation>
    </message>
    <message>
        <source>In an emergency, call:</source>
        <translation>În caz de urgență, sună la:</translation>
    </message>
    <message>
        <source>Knock anyway</source>
        <translation>Bate la ușă oricum</translation>
    </message>
    <message>
        <source>The worker offers to pass your conversation to a colleague, %1.</source>
        <translation>Lucrătorul de teren propune să-ți transmită conversația unui coleg, %1.</translation>
    </message>
    <message>
        <source>This permanence is held in %1. You can knock anyway, or leave a message when it is closed.</source>
        <translation>Această permanență se ține în %1. Poți bate la ușă oricum sau poți lăsa un mesaj când este închisă.</translation>
    </message>
    <message>
        <source>The permanence has closed; your conversation goes on until one of you ends it.</source>
        <translation>Permanența s-a închis; conversația voastră continuă până când unul dintre voi o încheie.</translation>
    </message>
    <message>
        <source>The conversation is over.</source>
        <translation>Conversația s-a încheiat.</translation>
    </message>
    <message>
        <source>Your messages with %1</source>
        <translation>Mesajele tale cu %1</translation>
    </message>
    <message>
        <source>End the conversation with the outreach worker? You can knock again later.</source>
        <translation>Închei conversația cu lucrătorul de teren? Poți bate din nou mai târziu.</translation>
    </message>
    <message>
        <source>Leave the queue? Your place goes to the next person.</source>
        <translation>Părăsești coada? Locul tău trece la următoarea persoană.</translation>
    </message>
</context>
<context>
    <name>relais::qt::ReportModel</name>
    <message>
        <source>Harassment</source>
        <translation>Hărțuire</translation>
    </message>
    <message>
        <source>Doxing (someone&apos;s identity revealed)</source>
        <translation>Doxing (identitatea cuiva dezvăluită)</translation>
    </message>
    <message>
        <source>Signs of exploitation or trafficking</source>
        <translation>Semne de exploatare sau trafic de persoane</translation>
    </message>
    <message>
        <source>Threat of violence</source>
        <translation>Amenințare cu violența</translation>
    </message>
    <message>
        <source>Spam</source>
        <translation>Spam</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Altceva</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>se verifică…</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>verificat(ă)</translation>
    </message>
    <message>
        <source>NOT verified</source>
        <translation>NEVERIFICAT</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>Comentariu: %1</translation>
    </message>
    <message>
        <source>Handled</source>
        <translation>Rezolvat</translation>
    </message>
</context>
<context>
    <name>relais::qt::ResourcesDialog</name>
    <message>
        <source>Emergency numbers</source>
        <translation>Numere de urgență</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organizații</translation>
    </message>
    <message>
        <source>Not yet confirmed by the relay&apos;s operator.</source>
        <translation>Încă neconfirmat de operatorul releului.</translation>
    </message>
    <message>
        <source>Help and resources</source>
        <translation>Ajutor și resurse</translation>
    </message>
    <message>
        <source>All cities</source>
        <translation>Toate orașele</translation>
    </message>
    <message>
        <source>Cities: %1</source>
        <translation>Orașe: %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Închide</translation>
    </message>
</context>
<context>
    <name>relais::qt::RoomListModel</name>
    <message>
        <source>waiting for a moderator</source>
        <translation>se așteaptă un moderator</translation>
    </message>
    <message>
        <source>not joined</source>
        <translation>neintrat</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n membru</numerusform>
            <numerusform>%n membri</numerusform>
            <numerusform>%n de membri</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click to join this room.</source>
        <translation>Dublu clic pentru a intra în această cameră.</translation>
    </message>
</context>
<context>
    <name>relais::qt::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Setări</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Ca sistemul</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Limba</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>never</source>
        <translation>niciodată</translation>
    </message>
    <message>
        <source>Lock after this idle time</source>
        <translation>Blochează după acest timp de inactivitate</translation>
    </message>
    <message>
        <source>Show message text in notifications</source>
        <translation>Arată textul mesajelor în notificări</translation>
    </message>
    <message>
        <source>Anyone who sees the screen can read a notification. Leave this off unless you are alone with this computer.</source>
        <translation>Oricine vede ecranul poate citi o notificare. Lasă asta oprit dacă nu ești singur(ă) cu acest calculator.</translation>
    </message>
    <message>
        <source>Discretion: a neutral window title and icon</source>
        <translation>Discreție: un titlu și o pictogramă neutre pentru fereastră</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anulează</translation>
    </message>
    <message>
        <source>%1 is not offered on this relay: Relais is shown in %2.</source>
        <extracomment>%1 and %2 are languages named in themselves (&quot;Română&quot;, &quot;English&quot;).</extracomment>
        <translation>%1 nu este oferită pe acest releu; limba afișată: %2.</translation>
    </message>
</context>
<context>
    <name>relais::qt::TicketSession</name>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>aproximativ %n minut</numerusform>
            <numerusform>aproximativ %n minute</numerusform>
            <numerusform>aproximativ %n de minute</numerusform>
        </translation>
    </message>
    <message>
        <source>Knock to talk privately with an outreach worker.</source>
        <translation>Bate la ușă pentru a vorbi în privat cu un lucrător de teren.</translation>
    </message>
    <message>
        <source>Knocking…</source>
        <translation>Se bate la ușă…</translation>
    </message>
    <message>
        <source>Your place in the queue: %1. Estimated wait: %2.</source>
        <translation>Locul tău în coadă: %1. Așteptare estimată: %2.</translation>
    </message>
    <message>
        <source>An outreach worker took your ticket: you are talking privately.</source>
        <translation>Un lucrător de teren ți-a luat tichetul: vorbiți în privat.</translation>
    </message>
    <message>
        <source>The permanence is closed. No opening is planned yet.</source>
        <translation>Permanența este închisă. Nu este planificată încă nicio deschidere.</translation>
    </message>
    <message>
        <source>The permanence is closed. Next opening: %1 (Brussels time).</source>
        <translation>Permanența este închisă. Următoarea deschidere: %1 (ora Bruxelles-ului).</translation>
    </message>
    <message>
        <source>The profile is locked.</source>
        <translation>Profilul este blocat.</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>Mesajul este gol.</translation>
    </message>
    <message>
        <source>Wait until an outreach worker takes your ticket.</source>
        <translation>Așteaptă până când un lucrător de teren îți ia tichetul.</translation>
    </message>
    <message>
        <source>An outreach worker took your ticket.</source>
        <translation>Un lucrător de teren ți-a luat tichetul.</translation>
    </message>
    <message>
        <source>The conversation with the outreach worker ended.</source>
        <translation>Conversația cu lucrătorul de teren s-a încheiat.</translation>
    </message>
    <message>
        <source>Your message was left for the organisation; a worker will read it.</source>
        <translation>Mesajul tău a fost lăsat pentru organizație; un lucrător îl va citi.</translation>
    </message>
    <message>
        <source>You left the permanence.</source>
        <translation>Ai ieșit din permanență.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Netrimis: %1</translation>
    </message>
    <message>
        <source>Another outreach worker of the organisation now answers you, privately.</source>
        <translation>Acum îți răspunde alt lucrător de teren al organizației, în privat.</translation>
    </message>
    <message>
        <source>The conversation ended after 12 hours. You can knock again.</source>
        <translation>Conversația s-a încheiat după 12 ore. Poți bate din nou la ușă.</translation>
    </message>
    <message>
        <source>The permanence closed before a worker could take your ticket.</source>
        <translation>Permanența s-a închis înainte ca un lucrător de teren să-ți poată lua tichetul.</translation>
    </message>
    <message>
        <source>The conversation is over. You can knock again at any time.</source>
        <translation>Conversația s-a încheiat. Poți bate din nou la ușă oricând.</translation>
    </message>
    <message>
        <source>Another outreach worker of the organisation now answers you.</source>
        <translation>Acum îți răspunde alt lucrător de teren al organizației.</translation>
    </message>
    <message>
        <source>You were away for a while, so your place in the queue went to the people waiting after you. You can knock again.</source>
        <translation>Ai lipsit o vreme: locul tău la coadă a trecut la persoanele care așteptau după tine. Poți bate din nou la ușă.</translation>
    </message>
    <message>
        <source>The permanence is open, but its queue is full: no place was kept for you. Try again later.</source>
        <translation>Permanența este deschisă, dar coada este plină: nu ți s-a păstrat niciun loc. Încearcă mai târziu.</translation>
    </message>
    <message>
        <source>The permanence is open, but many people from your network or with new accounts are waiting already: no place was kept for you. Try again later.</source>
        <translation>Permanența este deschisă, dar așteaptă deja multe persoane din rețeaua ta sau cu conturi noi: nu ți s-a păstrat niciun loc. Încearcă mai târziu.</translation>
    </message>
    <message>
        <source>The workers have your message, but the organisation&apos;s inbox on the relay is full: they may see it late. If it is urgent, the emergency numbers are under Resources.</source>
        <translation>Lucrătorii au mesajul tău, dar căsuța organizației pe releu este plină: s-ar putea să-l vadă târziu. Dacă este urgent, numerele de urgență sunt la Resurse.</translation>
    </message>
    <message>
        <source>The workers have your message, but the relay could not add it to the organisation&apos;s inbox for now: they may see it late. If it is urgent, the emergency numbers are under Resources.</source>
        <translation>Lucrătorii au mesajul tău, dar releul nu l-a putut adăuga deocamdată în căsuța organizației: s-ar putea să-l vadă târziu. Dacă este urgent, numerele de urgență sunt la Resurse.</translation>
    </message>
    <message>
        <source>The permanence closed while you waited: your place in the queue has ended.</source>
        <translation>Permanența s-a închis cât ai așteptat: locul tău la coadă s-a încheiat.</translation>
    </message>
    <message>
        <source>The permanence is planned now until %1 (Brussels time), but no outreach worker is there yet. Knock again in a few minutes.</source>
        <translation>Permanența este programată acum până la %1 (ora Bruxelles-ului), dar încă nu e niciun lucrător de teren. Bate din nou peste câteva minute.</translation>
    </message>
</context>
<context>
    <name>relais::qt::WelcomePage</name>
    <message>
        <source>&lt;h2&gt;Welcome&lt;/h2&gt;&lt;p&gt;Choose the relay your organisation gave you, a pseudonym (not your real name) and a passphrase. Nothing else about you is asked or kept.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Bun venit&lt;/h2&gt;&lt;p&gt;Alege releul pe care ți l-a dat organizația ta, un pseudonim (nu numele tău adevărat) și o frază de acces. Nu ți se cere și nu se păstrează nimic altceva despre tine.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>only if the relay asks for one</source>
        <translation>doar dacă releul cere unul</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nobody can recover a forgotten passphrase&lt;/b&gt;, not even the relay&apos;s operator: the profile and its messages would be lost. Write it down somewhere safe, away from this computer.</source>
        <translation>&lt;b&gt;Nimeni nu poate recupera o frază de acces uitată&lt;/b&gt;, nici măcar operatorul releului: profilul și mesajele lui s-ar pierde. Noteaz-o undeva în siguranță, departe de acest calculator.</translation>
    </message>
    <message>
        <source>Create my profile</source>
        <translation>Creează-mi profilul</translation>
    </message>
    <message>
        <source>Relay address</source>
        <translation>Adresa releului</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Pseudonim</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frază de acces</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Fraza de acces încă o dată</translation>
    </message>
    <message>
        <source>Invite code</source>
        <translation>Cod de invitație</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Unlock&lt;/h2&gt;&lt;p&gt;Type your passphrase.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Deblocare&lt;/h2&gt;&lt;p&gt;Scrie fraza ta de acces.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Deblochează</translation>
    </message>
    <message>
        <source>Give the relay&apos;s address.</source>
        <translation>Dă adresa releului.</translation>
    </message>
    <message>
        <source>Choose a pseudonym.</source>
        <translation>Alege un pseudonim.</translation>
    </message>
    <message>
        <source>The passphrase is too weak; add a few words.</source>
        <translation>Fraza de acces este prea slabă; adaugă câteva cuvinte.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Cele două fraze de acces diferă.</translation>
    </message>
    <message>
        <source>Creating the profile…</source>
        <translation>Se creează profilul…</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Se deblochează…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Limba</translation>
    </message>
</context>
<context>
    <name>relais::qt::WorkerDesk</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
            <numerusform>%n de min</numerusform>
        </translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Perioada: %1</translation>
    </message>
    <message>
        <source>Times the permanence opened: %1</source>
        <translation>De câte ori s-a deschis permanența: %1</translation>
    </message>
    <message>
        <source>Conversations held: %1</source>
        <translation>Conversații avute: %1</translation>
    </message>
    <message>
        <source>Left or closed while waiting: %1</source>
        <translation>Plecați sau închiși în timpul așteptării: %1</translation>
    </message>
    <message>
        <source>Languages asked: %1</source>
        <translation>Limbi cerute: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>niciuna</translation>
    </message>
    <message>
        <source>Wait before a take: half within %1, 9 in 10 within %2, longest %3</source>
        <translation>Așteptare până la preluare: jumătate în %1, 9 din 10 în %2, cea mai lungă %3</translation>
    </message>
    <message>
        <source>Messages left out of hours: %1</source>
        <translation>Mesaje lăsate în afara programului: %1</translation>
    </message>
    <message>
        <source>Handoffs: %1</source>
        <translation>Transmiteri: %1</translation>
    </message>
    <message>
        <source>The profile is locked.</source>
        <translation>Profilul este blocat.</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>Mesajul este gol.</translation>
    </message>
    <message>
        <source>Choose one of your conversations first.</source>
        <translation>Alege mai întâi una dintre conversațiile tale.</translation>
    </message>
    <message>
        <source>You took ticket %1: you can write to the person now.</source>
        <translation>Ai luat tichetul %1: acum poți scrie persoanei.</translation>
    </message>
    <message>
        <source>A colleague handed ticket %1 to you.</source>
        <translation>Un coleg ți-a transmis tichetul %1.</translation>
    </message>
    <message>
        <source>Ticket %1 is now with your colleague.</source>
        <translation>Tichetul %1 este acum la colegul tău.</translation>
    </message>
    <message>
        <source>The conversation of ticket %1 ended.</source>
        <translation>Conversația tichetului %1 s-a încheiat.</translation>
    </message>
    <message>
        <source>A message was left for %1.</source>
        <translation>A fost lăsat un mesaj pentru %1.</translation>
    </message>
    <message>
        <source>The person declined the handoff of ticket %1; it stays with you.</source>
        <translation>Persoana a refuzat transmiterea tichetului %1; rămâne la tine.</translation>
    </message>
    <message>
        <source>You are on duty for %1.</source>
        <translation>Ești de serviciu pentru %1.</translation>
    </message>
    <message>
        <source>You are off duty for %1.</source>
        <translation>Nu mai ești de serviciu pentru %1.</translation>
    </message>
    <message>
        <source>Ticket %1 was offered to %2; the person decides.</source>
        <translation>Tichetul %1 a fost oferit lui %2; persoana decide.</translation>
    </message>
    <message>
        <source>You ended the conversation of ticket %1.</source>
        <translation>Ai încheiat conversația tichetului %1.</translation>
    </message>
    <message>
        <source>The message is marked handled.</source>
        <translation>Mesajul este marcat ca tratat.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Netrimis: %1</translation>
    </message>
    <message>
        <source>Ticket %1: %2</source>
        <translation>Tichetul %1: %2</translation>
    </message>
    <message>
        <source>colleague %1</source>
        <translation>coleg %1</translation>
    </message>
    <message>
        <source>Choose a colleague on duty first.</source>
        <translation>Alege mai întâi un coleg de serviciu.</translation>
    </message>
    <message>
        <source>Several colleagues on duty are named %1.</source>
        <translation>Mai mulți colegi de serviciu se numesc %1.</translation>
    </message>
    <message>
        <source>No colleague named %1 is on duty for this organisation.</source>
        <translation>Niciun coleg numit %1 nu este de serviciu pentru această organizație.</translation>
    </message>
    <message>
        <source>Choose a message in the inbox first.</source>
        <translation>Alege mai întâi un mesaj din mesajele primite.</translation>
    </message>
    <message>
        <source>Your answer went to the person; the message is marked handled.</source>
        <translation>Răspunsul tău a plecat către persoană; mesajul este marcat ca tratat.</translation>
    </message>
    <message>
        <source>A colleague, before the handoff</source>
        <translation>Un coleg, înainte de transfer</translation>
    </message>
    <message>
        <source>%1 (colleague), before the handoff</source>
        <translation>%1 (coleg), înainte de transfer</translation>
    </message>
</context>
<context>
    <name>relais::qt::WorkerInboxModel</name>
    <message>
        <source>(the text is not on this device)</source>
        <translation>(textul nu este pe acest dispozitiv)</translation>
    </message>
    <message>
        <source>handled</source>
        <translation>tratat</translation>
    </message>
    <message>
        <source>to handle</source>
        <translation>de tratat</translation>
    </message>
    <message>
        <source>not on the relay&apos;s list (its inbox was full)</source>
        <translation>nu apare în lista releului (căsuța era plină)</translation>
    </message>
    <message>
        <source>You answered: %1</source>
        <translation>Ai răspuns: %1</translation>
    </message>
</context>
<context>
    <name>relais::qt::WorkerPanel</name>
    <message>
        <source>Room (optional)</source>
        <translation>Cameră (opțional)</translation>
    </message>
    <message>
        <source>The room where the opening is announced; empty: the planned one.</source>
        <translation>Camera în care se anunță deschiderea; gol: cea planificată.</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organizație:</translation>
    </message>
    <message>
        <source>Take</source>
        <translation>Preia</translation>
    </message>
    <message>
        <source>&lt;b&gt;Waiting&lt;/b&gt;</source>
        <translation>&lt;b&gt;În așteptare&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your conversations&lt;/b&gt;</source>
        <translation>&lt;b&gt;Conversațiile tale&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Write to the person</source>
        <translation>Scrie persoanei</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Trimite</translation>
    </message>
    <message>
        <source>Hand off</source>
        <translation>Transmite</translation>
    </message>
    <message>
        <source>End the conversation</source>
        <translation>Încheie conversația</translation>
    </message>
    <message>
        <source>Mark handled</source>
        <translation>Marchează ca tratat</translation>
    </message>
    <message>
        <source>Messages left while the permanence was closed, oldest first.</source>
        <translation>Mesaje lăsate cât permanența era închisă, cele mai vechi întâi.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Luna</translation>
    </message>
    <message>
        <source>ISO week</source>
        <translation>Săptămâna ISO</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Anul</translation>
    </message>
    <message>
        <source>Show the counts</source>
        <translation>Arată cifrele</translation>
    </message>
    <message>
        <source>including</source>
        <translation>inclusiv</translation>
    </message>
    <message>
        <source>Queue and conversations</source>
        <translation>Coadă și conversații</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Mesaje primite</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Cifre</translation>
    </message>
    <message>
        <source>Go off duty</source>
        <translation>Ieși din serviciu</translation>
    </message>
    <message>
        <source>Go on duty</source>
        <translation>Intră în serviciu</translation>
    </message>
    <message>
        <source>On duty</source>
        <translation>De serviciu</translation>
    </message>
    <message>
        <source>Off duty</source>
        <translation>Nu ești de serviciu</translation>
    </message>
    <message>
        <source>Take a ticket from the queue, or choose one of your conversations.</source>
        <translation>Preia un tichet din coadă, sau alege una dintre conversațiile tale.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ticket %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Tichetul %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ticket %1&lt;/b&gt; · %2</source>
        <translation>&lt;b&gt;Tichetul %1&lt;/b&gt; · %2</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Tu</translation>
    </message>
    <message>
        <source>The person</source>
        <translation>Persoana</translation>
    </message>
    <message>
        <source> (sending)</source>
        <translation> (se trimite)</translation>
    </message>
    <message>
        <source>No colleague on duty</source>
        <translation>Niciun coleg de serviciu</translation>
    </message>
    <message>
        <source>A colleague on duty</source>
        <translation>Un coleg de serviciu</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Răspunde</translation>
    </message>
    <message>
        <source>Answer on behalf of the organisation</source>
        <translation>Răspunde în numele organizației</translation>
    </message>
</context>
<context>
    <name>relais::qt::WorkerQueueModel</name>
    <message>
        <source>French</source>
        <translation>Franceză</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Neerlandeză</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engleză</translation>
    </message>
    <message>
        <source>any language</source>
        <translation>orice limbă</translation>
    </message>
    <message>
        <source>%1. Ticket %2 · %3 · waiting %4</source>
        <translation>%1. Tichetul %2 · %3 · așteaptă de %4</translation>
    </message>
</context>
<context>
    <name>relais::qt::WorkerTicketModel</name>
    <message>
        <source>Ticket %1 · %2</source>
        <translation>Tichetul %1 · %2</translation>
    </message>
    <message>
        <source>awaiting your reply</source>
        <translation>așteaptă răspunsul tău</translation>
    </message>
</context>
<context>
    <name>relais::qt::Workspace</name>
    <message>
        <source>Not sent: the identity key of %1 changed. It may be a new phone, or someone else. Compare the safety number, then mark them verified; or accept the new key (right-click on their name).</source>
        <translation>Netrimis: cheia de identitate a lui %1 s-a schimbat. Poate fi un telefon nou, sau altcineva. Compară numărul de siguranță, apoi marcheaz-o ca verificată; sau acceptă noua cheie (clic dreapta pe nume).</translation>
    </message>
    <message>
        <source>%1 is verified on this device, until their identity key changes.</source>
        <translation>%1 este verificat(ă) pe acest dispozitiv, până când i se schimbă cheia de identitate.</translation>
    </message>
    <message>
        <source>Messages go to the new key of %1. It is not verified: compare the safety number when you can.</source>
        <translation>Mesajele merg la noua cheie a lui %1. Nu este verificată: compară numărul de siguranță când poți.</translation>
    </message>
    <message>
        <source>This is not a Relais id (26 letters and digits).</source>
        <translation>Acesta nu este un id Relais (26 de litere și cifre).</translation>
    </message>
    <message>
        <source>The profile is locked.</source>
        <translation>Profilul este blocat.</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>Mesajul este gol.</translation>
    </message>
    <message>
        <source>Choose a conversation first.</source>
        <translation>Alege mai întâi o conversație.</translation>
    </message>
    <message>
        <source>Your request to join %1 waits for a moderator.</source>
        <translation>Cererea ta de a intra în %1 așteaptă un moderator.</translation>
    </message>
    <message>
        <source>You joined %1.</source>
        <translation>Ai intrat în %1.</translation>
    </message>
    <message>
        <source>A moderator let you into %1.</source>
        <translation>Un moderator te-a lăsat să intri în %1.</translation>
    </message>
    <message>
        <source>Your request to join %1 was refused.</source>
        <translation>Cererea ta de a intra în %1 a fost refuzată.</translation>
    </message>
    <message>
        <source>You left %1.</source>
        <translation>Ai ieșit din %1.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Netrimis: %1</translation>
    </message>
    <message>
        <source>A report arrived for the moderators.</source>
        <translation>A sosit un raport pentru moderatori.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Gata.</translation>
    </message>
    <message numerus="yes">
        <source>The report reached %n moderator(s).</source>
        <translation>
            <numerusform>Raportul a ajuns la %n moderator.</numerusform>
            <numerusform>Raportul a ajuns la %n moderatori.</numerusform>
            <numerusform>Raportul a ajuns la %n de moderatori.</numerusform>
        </translation>
    </message>
    <message>
        <source>A moderator removed your message from %1: it is gone from every member&apos;s screen and from the relay.</source>
        <translation>Un moderator a șters mesajul tău din %1: nu mai este pe ecranul niciunui membru și nici pe releu.</translation>
    </message>
    <message>
        <source>%1 answered your message: it is under Permanence.</source>
        <translation>%1 ți-a răspuns la mesaj: îl găsești la Permanență.</translation>
    </message>
</context>
</TS>
