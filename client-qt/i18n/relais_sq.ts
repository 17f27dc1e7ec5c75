<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sq">
<context>
    <name>Discretion</name>
    <message>
        <source>Notes</source>
        <translation>Shënime</translation>
    </message>
</context>
<context>
    <name>FailureText</name>
    <message>
        <source>There is no safety number with them yet: exchange a message first.</source>
        <translation>Ende nuk ka numër sigurie me këtë person: fillimisht shkëmbeni një mesazh.</translation>
    </message>
    <message>
        <source>Their identity key changed: nothing is sent to them until you compare the safety number and verify them, or accept the new key.</source>
        <translation>Çelësi i identitetit të këtij personi ka ndryshuar: nuk i dërgohet asgjë derisa të krahasosh numrin e sigurisë dhe ta verifikosh, ose të pranosh çelësin e ri.</translation>
    </message>
    <message>
        <source>Not connected to the relay.</source>
        <translation>Nuk je i/e lidhur me relenë.</translation>
    </message>
    <message>
        <source>This profile is not registered.</source>
        <translation>Ky profil nuk është i regjistruar.</translation>
    </message>
    <message>
        <source>The relay could not parse a message from this program.</source>
        <translation>Releja nuk mundi të lexojë një mesazh nga ky program.</translation>
    </message>
    <message>
        <source>The relay does not know a request this program made.</source>
        <translation>Releja nuk njeh një kërkesë që bëri ky program.</translation>
    </message>
    <message>
        <source>A message was larger than the relay accepts.</source>
        <translation>Një mesazh ishte më i madh se sa pranon releja.</translation>
    </message>
    <message>
        <source>The relay expected a log-in first.</source>
        <translation>Releja priste fillimisht një hyrje.</translation>
    </message>
    <message>
        <source>The connection was already logged in.</source>
        <translation>Lidhja kishte hyrë tashmë.</translation>
    </message>
    <message>
        <source>The relay did not accept this device&apos;s signature.</source>
        <translation>Releja nuk pranoi nënshkrimin e kësaj pajisjeje.</translation>
    </message>
    <message>
        <source>The relay knows no account with this id.</source>
        <translation>Releja nuk njeh asnjë llogari me këtë identifikues.</translation>
    </message>
    <message>
        <source>The relay does not know this account; it may have been reset.</source>
        <translation>Releja nuk e njeh këtë llogari; mund të jetë rivendosur.</translation>
    </message>
    <message>
        <source>The relay asks to slow down; try again in a moment.</source>
        <translation>Releja kërkon të ngadalësosh; provo përsëri pas pak.</translation>
    </message>
    <message>
        <source>The relay could not store the message; try again later.</source>
        <translation>Releja nuk mundi ta ruajë mesazhin; provo përsëri më vonë.</translation>
    </message>
    <message>
        <source>The relay needs a valid invite code to register.</source>
        <translation>Releja kërkon një kod ftese të vlefshëm për regjistrim.</translation>
    </message>
    <message>
        <source>The relay did not accept the proof of work.</source>
        <translation>Releja nuk pranoi provën e punës.</translation>
    </message>
    <message>
        <source>The relay refused: this account lacks the role for it.</source>
        <translation>Releja refuzoi: kjo llogari nuk ka rolin e duhur.</translation>
    </message>
    <message>
        <source>The relay is shutting down; try again later.</source>
        <translation>Releja po fiket; provo përsëri më vonë.</translation>
    </message>
    <message>
        <source>The relay is overloaded; try again later.</source>
        <translation>Releja është e mbingarkuar; provo përsëri më vonë.</translation>
    </message>
    <message>
        <source>The recipient has too many messages waiting on the relay; nothing was sent. Try again later.</source>
        <translation>Marrësi ka shumë mesazhe në pritje te releja; nuk u dërgua asgjë. Provo përsëri më vonë.</translation>
    </message>
    <message>
        <source>You have sent as much as the relay allows in a day; try again later.</source>
        <translation>Ke dërguar aq sa lejon releja në një ditë; provo përsëri më vonë.</translation>
    </message>
    <message>
        <source>The relay is short of disk space and takes no new messages for now; try again later.</source>
        <translation>Releja ka pak hapësirë në disk dhe tani për tani nuk merr mesazhe të reja; provo përsëri më vonë.</translation>
    </message>
    <message>
        <source>The relay refused a malformed request.</source>
        <translation>Releja refuzoi një kërkesë të formuar keq.</translation>
    </message>
    <message>
        <source>The relay refused a request.</source>
        <translation>Releja refuzoi një kërkesë.</translation>
    </message>
    <message>
        <source>There is no such room.</source>
        <translation>Kjo dhomë nuk ekziston.</translation>
    </message>
    <message>
        <source>You are not a member of that room.</source>
        <translation>Nuk je anëtar/e i/e kësaj dhome.</translation>
    </message>
    <message>
        <source>You are already a member of that room.</source>
        <translation>Je tashmë anëtar/e i/e kësaj dhome.</translation>
    </message>
    <message>
        <source>This room is full.</source>
        <translation>Kjo dhomë është plot.</translation>
    </message>
    <message>
        <source>You are banned from that room.</source>
        <translation>Je përjashtuar nga kjo dhomë.</translation>
    </message>
    <message>
        <source>You are muted in that room for now.</source>
        <translation>Tani për tani nuk mund të shkruash në këtë dhomë.</translation>
    </message>
    <message>
        <source>This room admits people only with a moderator&apos;s approval.</source>
        <translation>Kjo dhomë pranon njerëz vetëm me miratimin e një moderatori.</translation>
    </message>
    <message>
        <source>This room needs an invite code.</source>
        <translation>Kjo dhomë kërkon një kod ftese.</translation>
    </message>
    <message>
        <source>There is no such message in this room.</source>
        <translation>Nuk ka një mesazh të tillë në këtë dhomë.</translation>
    </message>
    <message>
        <source>An organisation with this id exists already.</source>
        <translation>Ekziston tashmë një organizatë me këtë identifikues.</translation>
    </message>
    <message>
        <source>It exists already.</source>
        <translation>Ekziston tashmë.</translation>
    </message>
    <message>
        <source>A room with this id exists already.</source>
        <translation>Ekziston tashmë një dhomë me këtë identifikues.</translation>
    </message>
    <message>
        <source>There is no such organisation.</source>
        <translation>Kjo organizatë nuk ekziston.</translation>
    </message>
    <message>
        <source>There is no such ticket (it may have ended).</source>
        <translation>Ky numër radhe nuk ekziston (mund të ketë mbaruar).</translation>
    </message>
    <message>
        <source>Another worker took that ticket first.</source>
        <translation>Një punonjës tjetër e mori i pari këtë numër radhe.</translation>
    </message>
    <message>
        <source>The permanence is closed.</source>
        <translation>Kujdestaria është e mbyllur.</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>Mesazhi është bosh.</translation>
    </message>
    <message>
        <source>The message is longer than %1 KiB.</source>
        <translation>Mesazhi është më i gjatë se %1 KiB.</translation>
    </message>
    <message>
        <source>The comment is longer than %1 KiB.</source>
        <translation>Komenti është më i gjatë se %1 KiB.</translation>
    </message>
    <message>
        <source>That needs another account than this profile&apos;s own.</source>
        <translation>Për këtë duhet një llogari tjetër, jo ajo e këtij profili.</translation>
    </message>
    <message>
        <source>This device holds no message with that number in that room.</source>
        <translation>Kjo pajisje nuk ka asnjë mesazh me atë numër në atë dhomë.</translation>
    </message>
    <message>
        <source>This device holds no conversation for that ticket.</source>
        <translation>Kjo pajisje nuk ka asnjë bisedë për atë numër radhe.</translation>
    </message>
    <message>
        <source>No worker has taken the ticket yet; wait for one.</source>
        <translation>Asnjë punonjës nuk e ka marrë ende numrin e radhës; prit pak.</translation>
    </message>
    <message>
        <source>This room has no moderator to send the report to.</source>
        <translation>Kjo dhomë nuk ka asnjë moderator për t&apos;i dërguar raportin.</translation>
    </message>
    <message>
        <source>The report could not reach any moderator.</source>
        <translation>Raporti nuk arriti te asnjë moderator.</translation>
    </message>
    <message>
        <source>This organisation has no worker to read it yet.</source>
        <translation>Kjo organizatë nuk ka ende asnjë punonjës për ta lexuar.</translation>
    </message>
    <message>
        <source>The message could not reach any worker.</source>
        <translation>Mesazhi nuk arriti te asnjë punonjës.</translation>
    </message>
    <message>
        <source>Too many of your messages are waiting for this recipient on the relay; nothing was sent. Try again once they have read them.</source>
        <translation>Shumë nga mesazhet e tua presin këtë marrës te releja; nuk u dërgua asgjë. Provo përsëri pasi t&apos;i ketë lexuar.</translation>
    </message>
    <message>
        <source>Too many messages from your network are waiting for this recipient on the relay; nothing was sent. Try again later.</source>
        <translation>Shumë mesazhe nga rrjeti yt presin këtë marrës te releja; nuk u dërgua asgjë. Provo përsëri më vonë.</translation>
    </message>
    <message>
        <source>Too many messages from new accounts of your network are waiting for this recipient on the relay; nothing was sent. Try again later.</source>
        <translation>Shumë mesazhe nga llogari të reja të rrjetit tënd presin këtë marrës te releja; nuk u dërgua asgjë. Provo përsëri më vonë.</translation>
    </message>
    <message>
        <source>Many accounts of your network posted in rooms just now; try again in a moment.</source>
        <translation>Shumë llogari nga rrjeti yt sapo shkruan në dhoma; provo përsëri pas pak.</translation>
    </message>
    <message>
        <source>The message could not reach any worker: too many messages from your network are waiting for them on the relay. Nothing was sent; try again later.</source>
        <translation>Mesazhi nuk arriti te asnjë punonjës: shumë mesazhe nga rrjeti yt i presin te releja. Nuk u dërgua asgjë; provo përsëri më vonë.</translation>
    </message>
    <message>
        <source>The message could not reach any worker: they have too many messages waiting on the relay. Nothing was sent; try again later.</source>
        <translation>Mesazhi nuk arriti te asnjë punonjës: shumë mesazhe i presin tashmë te releja. Nuk u dërgua asgjë; provo përsëri më vonë.</translation>
    </message>
    <message>
        <source>The recipient&apos;s keys do not verify; nothing was sent.</source>
        <translation>Çelësat e marrësit nuk verifikohen; nuk u dërgua asgjë.</translation>
    </message>
    <message>
        <source>This device could not sign its keys.</source>
        <translation>Kjo pajisje nuk mundi të nënshkruajë çelësat e saj.</translation>
    </message>
    <message>
        <source>A cryptographic operation failed on this device.</source>
        <translation>Një veprim kriptografik dështoi në këtë pajisje.</translation>
    </message>
    <message>
        <source>The relay asks for more proof of work than this program will do.</source>
        <translation>Releja kërkon më shumë provë pune nga sa bën ky program.</translation>
    </message>
    <message>
        <source>The relay speaks protocol version %1; this program speaks version %2.</source>
        <translation>Releja përdor versionin %1 të protokollit; ky program përdor versionin %2.</translation>
    </message>
    <message>
        <source>The relay sent a malformed challenge.</source>
        <translation>Releja dërgoi një sfidë të formuar keq.</translation>
    </message>
    <message>
        <source>The relay sent a second challenge; it was ignored.</source>
        <translation>Releja dërgoi një sfidë të dytë; u shpërfill.</translation>
    </message>
    <message>
        <source>The relay sent a malformed account id.</source>
        <translation>Releja dërgoi një identifikues llogarie të formuar keq.</translation>
    </message>
    <message>
        <source>The relay answered a request with the wrong kind of frame.</source>
        <translation>Releja iu përgjigj një kërkese me llojin e gabuar të kornizës.</translation>
    </message>
    <message>
        <source>The relay sent the key bundle of another account.</source>
        <translation>Releja dërgoi çelësat e një llogarie tjetër.</translation>
    </message>
    <message>
        <source>The relay answered a request this program did not make.</source>
        <translation>Releja iu përgjigj një kërkese që ky program nuk e bëri.</translation>
    </message>
    <message>
        <source>The relay sent a message that does not parse; it was ignored.</source>
        <translation>Releja dërgoi një mesazh që nuk lexohet; u shpërfill.</translation>
    </message>
    <message>
        <source>The relay sent a frame this program does not know; it was ignored.</source>
        <translation>Releja dërgoi një kornizë që ky program nuk e njeh; u shpërfill.</translation>
    </message>
    <message>
        <source>The relay sent a frame this program does not handle; it was ignored.</source>
        <translation>Releja dërgoi një kornizë që ky program nuk e trajton; u shpërfill.</translation>
    </message>
    <message>
        <source>The relay delivered an envelope before the log-in.</source>
        <translation>Releja dorëzoi një zarf para hyrjes.</translation>
    </message>
    <message>
        <source>The relay delivered a room entry before the log-in.</source>
        <translation>Releja dorëzoi një hyrje dhome para hyrjes në llogari.</translation>
    </message>
    <message>
        <source>The relay sent a malformed room entry; it was ignored.</source>
        <translation>Releja dërgoi një hyrje dhome të formuar keq; u shpërfill.</translation>
    </message>
    <message>
        <source>The relay sent a malformed room answer; it was ignored.</source>
        <translation>Releja dërgoi një përgjigje dhome të formuar keq; u shpërfill.</translation>
    </message>
    <message>
        <source>The relay sent a malformed notice; it was ignored.</source>
        <translation>Releja dërgoi një njoftim të formuar keq; u shpërfill.</translation>
    </message>
    <message>
        <source>The resources directory is empty or damaged.</source>
        <translation>Lista e burimeve është bosh ose e dëmtuar.</translation>
    </message>
    <message>
        <source>A message that was not sealed for this device was dropped.</source>
        <translation>U hodh poshtë një mesazh që nuk ishte vulosur për këtë pajisje.</translation>
    </message>
    <message>
        <source>A message whose keys are not those of the account it names was dropped.</source>
        <translation>U hodh poshtë një mesazh, çelësat e të cilit nuk janë të llogarisë që përmend.</translation>
    </message>
    <message>
        <source>An envelope with a malformed sender was dropped.</source>
        <translation>U hodh poshtë një zarf me dërgues të formuar keq.</translation>
    </message>
    <message>
        <source>A message of an unknown type was dropped.</source>
        <translation>U hodh poshtë një mesazh i një lloji të panjohur.</translation>
    </message>
    <message>
        <source>A message could not be decrypted: there is no session with its sender.</source>
        <translation>Një mesazh nuk mund të deshifrohej: nuk ka sesion me dërguesin e tij.</translation>
    </message>
    <message>
        <source>A message could not be decrypted and was dropped.</source>
        <translation>Një mesazh nuk mund të deshifrohej dhe u hodh poshtë.</translation>
    </message>
    <message>
        <source>A message did not decode and was dropped.</source>
        <translation>Një mesazh nuk mund të dekodohej dhe u hodh poshtë.</translation>
    </message>
    <message>
        <source>A malformed message for an organisation was dropped.</source>
        <translation>U hodh poshtë një mesazh i formuar keq për një organizatë.</translation>
    </message>
    <message>
        <source>A malformed report was dropped.</source>
        <translation>U hodh poshtë një raport i formuar keq.</translation>
    </message>
    <message>
        <source>A room key did not decode and was dropped.</source>
        <translation>Një çelës dhome nuk mund të dekodohej dhe u hodh poshtë.</translation>
    </message>
    <message>
        <source>A room message could not be decrypted and was dropped.</source>
        <translation>Një mesazh dhome nuk mund të deshifrohej dhe u hodh poshtë.</translation>
    </message>
    <message>
        <source>A room message did not decode and was dropped.</source>
        <translation>Një mesazh dhome nuk mund të dekodohej dhe u hodh poshtë.</translation>
    </message>
    <message>
        <source>A room message did not match what the relay recorded and was dropped.</source>
        <translation>Një mesazh dhome nuk përputhej me atë që regjistroi releja dhe u hodh poshtë.</translation>
    </message>
    <message>
        <source>A room message waited too long for its sender&apos;s key and was dropped.</source>
        <translation>Një mesazh dhome priti shumë gjatë çelësin e dërguesit dhe u hodh poshtë.</translation>
    </message>
    <message>
        <source>A room message with a malformed sender was dropped.</source>
        <translation>U hodh poshtë një mesazh dhome me dërgues të formuar keq.</translation>
    </message>
    <message>
        <source>Something went wrong inside the program.</source>
        <translation>Diçka shkoi keq brenda programit.</translation>
    </message>
    <message>
        <source>The room id</source>
        <translation>Identifikuesi i dhomës</translation>
    </message>
    <message>
        <source>The organisation id</source>
        <translation>Identifikuesi i organizatës</translation>
    </message>
    <message>
        <source>The region</source>
        <translation>Rajoni</translation>
    </message>
    <message>
        <source>The Relais id</source>
        <translation>Identifikuesi në Relais</translation>
    </message>
    <message>
        <source>The room&apos;s name</source>
        <translation>Emri i dhomës</translation>
    </message>
    <message>
        <source>The organisation&apos;s name</source>
        <translation>Emri i organizatës</translation>
    </message>
    <message>
        <source>The description</source>
        <translation>Përshkrimi</translation>
    </message>
    <message>
        <source>The contact line</source>
        <translation>Rreshti i kontaktit</translation>
    </message>
    <message>
        <source>The language</source>
        <translation>Gjuha</translation>
    </message>
    <message>
        <source>Who may join</source>
        <translation>Kush mund të hyjë</translation>
    </message>
    <message>
        <source>The role</source>
        <translation>Roli</translation>
    </message>
    <message>
        <source>The role&apos;s room or organisation</source>
        <translation>Dhoma ose organizata e rolit</translation>
    </message>
    <message>
        <source>How long the room keeps messages</source>
        <translation>Sa kohë i mban dhoma mesazhet</translation>
    </message>
    <message>
        <source>How long messages stay</source>
        <translation>Sa kohë qëndrojnë mesazhet</translation>
    </message>
    <message>
        <source>The number of members</source>
        <translation>Numri i anëtarëve</translation>
    </message>
    <message>
        <source>The moderator action</source>
        <translation>Veprimi i moderimit</translation>
    </message>
    <message>
        <source>The message</source>
        <translation>Mesazhi</translation>
    </message>
    <message>
        <source>The duration</source>
        <translation>Kohëzgjatja</translation>
    </message>
    <message>
        <source>The number of uses</source>
        <translation>Numri i përdorimeve</translation>
    </message>
    <message>
        <source>How long the code works</source>
        <translation>Sa kohë vlen kodi</translation>
    </message>
    <message>
        <source>The day of the week</source>
        <translation>Dita e javës</translation>
    </message>
    <message>
        <source>The date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>The start time</source>
        <translation>Ora e fillimit</translation>
    </message>
    <message>
        <source>The end time</source>
        <translation>Ora e mbarimit</translation>
    </message>
    <message>
        <source>The message id</source>
        <translation>Identifikuesi i mesazhit</translation>
    </message>
    <message>
        <source>The ticket</source>
        <translation>Numri i radhës</translation>
    </message>
    <message>
        <source>The period</source>
        <translation>Periudha</translation>
    </message>
    <message>
        <source>The opening hours</source>
        <translation>Orari</translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation>Mungon: %1.</translation>
    </message>
    <message>
        <source>%1 is longer than %2 bytes.</source>
        <translation>%1: më shumë se %2 bajte.</translation>
    </message>
    <message>
        <source>%1 is above its limit of %2.</source>
        <translation>%1 e kalon kufirin e vet prej %2.</translation>
    </message>
    <message>
        <source>%1 is not one this relay knows.</source>
        <translation>%1: kjo rele nuk e njeh.</translation>
    </message>
    <message>
        <source>%1: no more than %2.</source>
        <translation>%1: jo më shumë se %2.</translation>
    </message>
    <message>
        <source>%1 is not allowed here.</source>
        <translation>%1: nuk lejohet këtu.</translation>
    </message>
    <message>
        <source>%1 is not written as it should be.</source>
        <translation>%1: nuk është shkruar si duhet.</translation>
    </message>
    <message>
        <source>A name must not be empty.</source>
        <translation>Një emër nuk mund të jetë bosh.</translation>
    </message>
    <message>
        <source>A name is at most %1 bytes long.</source>
        <translation>Një emër ka të shumtën %1 bajte.</translation>
    </message>
    <message>
        <source>A name must not contain control characters (tabs, line breaks).</source>
        <translation>Një emër nuk mund të përmbajë karaktere kontrolli (tabulime, rreshta të rinj).</translation>
    </message>
    <message>
        <source>A name must not start or end with a space.</source>
        <translation>Një emër nuk mund të fillojë ose të mbarojë me hapësirë.</translation>
    </message>
    <message>
        <source>Another contact already has this id.</source>
        <translation>Një kontakt tjetër e ka tashmë këtë identifikues.</translation>
    </message>
    <message>
        <source>A part of the request</source>
        <translation>Një pjesë e kërkesës</translation>
    </message>
    <message>
        <source>The relay address must start with ws:// or wss://.</source>
        <translation>Adresa e relesë duhet të fillojë me ws:// ose wss://.</translation>
    </message>
    <message>
        <source>The relay address must not carry a user name.</source>
        <translation>Adresa e relesë nuk mund të përmbajë emër përdoruesi.</translation>
    </message>
    <message>
        <source>The relay address has an unclosed &apos;[&apos;.</source>
        <translation>Adresa e relesë ka një „[” të pambyllur.</translation>
    </message>
    <message>
        <source>The relay address has something unexpected after its host.</source>
        <translation>Adresa e relesë ka diçka të papritur pas hostit.</translation>
    </message>
    <message>
        <source>The relay address has an empty port.</source>
        <translation>Adresa e relesë ka një portë bosh.</translation>
    </message>
    <message>
        <source>The relay address has a malformed IPv6 host.</source>
        <translation>Adresa e relesë ka një host IPv6 të formuar keq.</translation>
    </message>
    <message>
        <source>The relay address has no host.</source>
        <translation>Adresa e relesë nuk ka host.</translation>
    </message>
    <message>
        <source>The relay address has a malformed host.</source>
        <translation>Adresa e relesë ka një host të formuar keq.</translation>
    </message>
    <message>
        <source>The relay address has a malformed port.</source>
        <translation>Adresa e relesë ka një portë të formuar keq.</translation>
    </message>
    <message>
        <source>The relay port must be between 1 and 65535.</source>
        <translation>Porta e relesë duhet të jetë midis 1 dhe 65535.</translation>
    </message>
    <message>
        <source>The relay address has a malformed path.</source>
        <translation>Adresa e relesë ka një shteg të formuar keq.</translation>
    </message>
    <message>
        <source>The relay address is not usable.</source>
        <translation>Adresa e relesë nuk mund të përdoret.</translation>
    </message>
    <message>
        <source>The relay at %1 cannot be reached. Check the address and the connection.</source>
        <translation>Releja në %1 nuk arrihet. Kontrollo adresën dhe lidhjen.</translation>
    </message>
    <message>
        <source>The relay at %1 did not answer in time.</source>
        <translation>Releja në %1 nuk u përgjigj në kohë.</translation>
    </message>
    <message>
        <source>The relay at %1 could not prove who it is: its certificate is not trusted.</source>
        <translation>Releja në %1 nuk mundi të provojë se kush është: certifikata e saj nuk është e besueshme.</translation>
    </message>
    <message>
        <source>The relay at %1 sent something this program does not accept.</source>
        <translation>Releja në %1 dërgoi diçka që ky program nuk e pranon.</translation>
    </message>
    <message>
        <source>The certificate file given for the relay cannot be used.</source>
        <translation>Skedari i certifikatës i dhënë për relenë nuk mund të përdoret.</translation>
    </message>
    <message>
        <source>The connection to the relay at %1 failed.</source>
        <translation>Lidhja me relenë në %1 dështoi.</translation>
    </message>
    <message>
        <source>this device does not allow writing there</source>
        <translation>kjo pajisje nuk lejon shkrimin atje</translation>
    </message>
    <message>
        <source>the folder is missing</source>
        <translation>dosja mungon</translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation>skedari është i dëmtuar</translation>
    </message>
    <message>
        <source>the disk refused (it may be full or read-only)</source>
        <translation>disku refuzoi (mund të jetë plot ose vetëm për lexim)</translation>
    </message>
    <message>
        <source>the disk refused</source>
        <translation>disku refuzoi</translation>
    </message>
    <message>
        <source>You are not on duty for this organisation: go on duty first.</source>
        <translation>Nuk je në shërbim për këtë organizatë: hyr fillimisht në shërbim.</translation>
    </message>
    <message>
        <source>This conversation was handed to a colleague; you can no longer write in it.</source>
        <translation>Kjo bisedë iu kalua një kolegu/e; nuk mund të shkruash më në të.</translation>
    </message>
    <message>
        <source>That colleague is not on duty now; choose another one.</source>
        <translation>Ky koleg/e nuk është në shërbim tani; zgjidh dikë tjetër.</translation>
    </message>
    <message>
        <source>The person has not come back since the relay restarted; write once she is back.</source>
        <translation>Personi nuk është kthyer që kur releja u rinis; shkruaji kur të kthehet.</translation>
    </message>
    <message>
        <source>This message is not on this device any more.</source>
        <translation>Ky mesazh nuk është më në këtë pajisje.</translation>
    </message>
    <message>
        <source>A message for a permanence conversation this device does not hold was dropped.</source>
        <translation>Një mesazh për një bisedë kujdestarie që kjo pajisje nuk e ka u hodh poshtë.</translation>
    </message>
    <message>
        <source>This report is not on this device any more.</source>
        <translation>Ky raport nuk është më në këtë pajisje.</translation>
    </message>
    <message>
        <source>The relay&apos;s inbox does not list this message (it was full when it came): it cannot be marked handled for your colleagues.</source>
        <translation>Kutia e relesë nuk e përfshin këtë mesazh (ishte plot kur erdhi): nuk mund të shënohet si i trajtuar për kolegët e tu.</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Quick exit</source>
        <translation>Dalje e shpejtë</translation>
    </message>
    <message>
        <source>Press Escape twice, or the Quick exit button: every window disappears at once and the profile is locked. Open the program again and type your passphrase to come back.</source>
        <translation>Shtyp dy herë Escape, ose butonin Dalje e shpejtë: të gjitha dritaret zhduken menjëherë dhe profili kyçet. Hap përsëri programin dhe shkruaj fjalëkalimin për t&apos;u kthyer.</translation>
    </message>
    <message>
        <source>What stays on this computer</source>
        <translation>Çfarë mbetet në këtë kompjuter</translation>
    </message>
    <message>
        <source>Your messages, contacts and keys are kept in one encrypted file, readable only with your passphrase. Nobody can recover the passphrase: if it is forgotten, the profile is lost.</source>
        <translation>Mesazhet, kontaktet dhe çelësat e tu ruhen në një skedar të vetëm të enkriptuar, që lexohet vetëm me fjalëkalimin tënd. Askush nuk mund ta rikuperojë fjalëkalimin: nëse e harron, profili humbet.</translation>
    </message>
    <message>
        <source>A search of the computer can still show that the program is installed, that the folder %1 exists and how big it is, when it last changed, and the preferences file %2 (language, lock time; no messages).</source>
        <translation>Një kontroll i kompjuterit mund të tregojë ende që programi është i instaluar, që dosja %1 ekziston dhe sa e madhe është, kur ndryshoi për herë të fundit, dhe skedarin e preferencave %2 (gjuha, koha e kyçjes; asnjë mesazh).</translation>
    </message>
    <message>
        <source>Turn on discretion in the settings to give the window a neutral title and icon. Keep message text out of notifications unless you are alone with this computer.</source>
        <translation>Aktivizo diskretimin te cilësimet për t&apos;i dhënë dritares një titull dhe një ikonë neutrale. Mos e shfaq tekstin e mesazheve në njoftime, përveç kur je vetëm me këtë kompjuter.</translation>
    </message>
    <message>
        <source>Removing the program and its data</source>
        <translation>Heqja e programit dhe e të dhënave të tij</translation>
    </message>
    <message>
        <source>Quit the program.</source>
        <translation>Mbyll programin.</translation>
    </message>
    <message>
        <source>Delete the folder %1 (this erases the profile for good).</source>
        <translation>Fshi dosjen %1 (kjo e fshin profilin përgjithmonë).</translation>
    </message>
    <message>
        <source>Uninstall the program with your system&apos;s software tool (for example: sudo apt remove relais), and empty the trash.</source>
        <translation>Çinstalo programin me mjetin e programeve të sistemit tënd (për shembull: sudo apt remove relais) dhe zbraz koshin.</translation>
    </message>
    <message>
        <source>The relay keeps no name, no telephone number and no address of yours. Your account there stops being used when the profile is deleted.</source>
        <translation>Releja nuk ruan asnjë emër, numër telefoni apo adresë tënden. Llogaria jote atje nuk përdoret më kur profili fshihet.</translation>
    </message>
</context>
<context>
    <name>Notification</name>
    <message>
        <source>Something new arrived.</source>
        <translation>Mbërriti diçka e re.</translation>
    </message>
    <message>
        <source>%1 in %2: %3</source>
        <translation>%1 në %2: %3</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <source>Choose a passphrase.</source>
        <translation>Zgjidh një fjalëkalim.</translation>
    </message>
    <message>
        <source>Weak: a few words nobody would link to you are easier to remember and harder to guess.</source>
        <translation>I dobët: disa fjalë që askush nuk do t&apos;i lidhte me ty mbahen mend më lehtë dhe gjenden më vështirë.</translation>
    </message>
    <message>
        <source>Fair: one or two more words would make it much stronger.</source>
        <translation>Mesatar: një ose dy fjalë më shumë do ta bënin shumë më të fortë.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>I fortë.</translation>
    </message>
</context>
<context>
    <name>relais::qt::AdminDialog</name>
    <message>
        <source>Administration</source>
        <translation>Administrimi</translation>
    </message>
    <message>
        <source>For the relay&apos;s admins (invite codes for an invite room: its moderators too). The relay refuses anyone else.</source>
        <translation>Për administratorët e relesë (kodet e ftesës për një dhomë me ftesë: edhe moderatorët e saj). Releja refuzon këdo tjetër.</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rolet</translation>
    </message>
    <message>
        <source>New room</source>
        <translation>Dhomë e re</translation>
    </message>
    <message>
        <source>Invite code</source>
        <translation>Kod ftese</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Organizatë e re</translation>
    </message>
    <message>
        <source>Here is the code; it works until %1.</source>
        <translation>Ja kodi; vlen deri më %1.</translation>
    </message>
    <message>
        <source>Here is the code.</source>
        <translation>Ja kodi.</translation>
    </message>
    <message>
        <source>26 letters and digits, as &quot;My id&quot; shows it</source>
        <translation>26 shkronja dhe shifra, siç i tregon „Identifikuesi im”</translation>
    </message>
    <message>
        <source>Relais id</source>
        <translation>Identifikues në Relais</translation>
    </message>
    <message>
        <source>Moderator of a room</source>
        <translation>Moderator i një dhome</translation>
    </message>
    <message>
        <source>Outreach worker of an organisation</source>
        <translation>Punonjës/e në terren i/e një organizate</translation>
    </message>
    <message>
        <source>Admin of the relay</source>
        <translation>Administrator i relesë</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roli</translation>
    </message>
    <message>
        <source>Room or organisation id</source>
        <translation>Identifikuesi i dhomës ose i organizatës</translation>
    </message>
    <message>
        <source>Give the role</source>
        <translation>Jep rolin</translation>
    </message>
    <message>
        <source>Take the role away</source>
        <translation>Hiq rolin</translation>
    </message>
    <message>
        <source>Asking the relay…</source>
        <translation>Po pyetet releja…</translation>
    </message>
    <message>
        <source>lowercase letters, digits, &apos;-&apos;: liege</source>
        <translation>shkronja të vogla, shifra, „-”: liege</translation>
    </message>
    <message>
        <source>Room id</source>
        <translation>Identifikuesi i dhomës</translation>
    </message>
    <message>
        <source>Name in French</source>
        <translation>Emri në frëngjisht</translation>
    </message>
    <message>
        <source>Name in Dutch</source>
        <translation>Emri në holandisht</translation>
    </message>
    <message>
        <source>Open: anyone may join</source>
        <translation>E hapur: çdokush mund të hyjë</translation>
    </message>
    <message>
        <source>Knock: a moderator lets people in</source>
        <translation>Me kërkesë: një moderator i lë njerëzit të hyjnë</translation>
    </message>
    <message>
        <source>Invite: with a code only</source>
        <translation>Me ftesë: vetëm me kod</translation>
    </message>
    <message>
        <source>Who may join</source>
        <translation>Kush mund të hyjë</translation>
    </message>
    <message>
        <source>optional: the city&apos;s room, for the resources</source>
        <translation>opsionale: dhoma e qytetit, për burimet</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Rajoni</translation>
    </message>
    <message>
        <source>Create the room</source>
        <translation>Krijo dhomën</translation>
    </message>
    <message>
        <source>empty: a code to register on this relay</source>
        <translation>bosh: një kod për t&apos;u regjistruar në këtë rele</translation>
    </message>
    <message>
        <source>Invite room id</source>
        <translation>Identifikuesi i dhomës me ftesë</translation>
    </message>
    <message>
        <source>Works this many times</source>
        <translation>Vlen kaq herë</translation>
    </message>
    <message>
        <source> days</source>
        <translation> ditë</translation>
    </message>
    <message>
        <source>the relay&apos;s default (a week)</source>
        <translation>parazgjedhja e relesë (një javë)</translation>
    </message>
    <message>
        <source>Valid for</source>
        <translation>E vlefshme për</translation>
    </message>
    <message>
        <source>Create a code</source>
        <translation>Krijo një kod</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kodi</translation>
    </message>
    <message>
        <source>lowercase letters, digits, &apos;-&apos;: espace-p</source>
        <translation>shkronja të vogla, shifra, „-”: espace-p</translation>
    </message>
    <message>
        <source>Organisation id</source>
        <translation>Identifikuesi i organizatës</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Emri</translation>
    </message>
    <message>
        <source>What it offers</source>
        <translation>Çfarë ofron</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Gjuhët</translation>
    </message>
    <message>
        <source>How to reach it</source>
        <translation>Si mund të kontaktohet</translation>
    </message>
    <message>
        <source>Create the organisation</source>
        <translation>Krijo organizatën</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Mbyll</translation>
    </message>
</context>
<context>
    <name>relais::qt::AdminRequests</name>
    <message>
        <source>This is not a Relais id (26 letters and digits).</source>
        <translation>Ky nuk është identifikues në Relais (26 shkronja dhe shifra).</translation>
    </message>
    <message>
        <source>The admin role is for the whole relay: give no room.</source>
        <translation>Roli i administratorit është për gjithë relenë: mos jep asnjë dhomë.</translation>
    </message>
    <message>
        <source>Give the id of the room, such as brussels.</source>
        <translation>Jep identifikuesin e dhomës, për shembull brussels.</translation>
    </message>
    <message>
        <source>Give the id of the organisation, such as espace-p.</source>
        <translation>Jep identifikuesin e organizatës, për shembull espace-p.</translation>
    </message>
    <message>
        <source>The role is moderator, outreach worker or admin.</source>
        <translation>Roli është moderator, punonjës/e në terren ose administrator.</translation>
    </message>
    <message>
        <source>Languages are two-letter codes separated by commas: fr, nl, en.</source>
        <translation>Gjuhët janë kode me dy shkronja të ndara me presje: fr, nl, en.</translation>
    </message>
    <message>
        <source>Give at most %1 languages.</source>
        <translation>Jep të shumtën %1 gjuhë.</translation>
    </message>
    <message>
        <source>A room id is 1 to %1 lowercase letters, digits or &apos;-&apos;.</source>
        <translation>Një identifikues dhome ka nga 1 deri në %1 shkronja të vogla, shifra ose „-”.</translation>
    </message>
    <message>
        <source>A room needs a name in French and in Dutch.</source>
        <translation>Një dhomë ka nevojë për një emër në frëngjisht dhe në holandisht.</translation>
    </message>
    <message>
        <source>A room name is at most %1 bytes.</source>
        <translation>Emri i një dhome ka të shumtën %1 bajte.</translation>
    </message>
    <message>
        <source>The join policy is open, knock or invite.</source>
        <translation>Rregulli i hyrjes është open, knock ose invite.</translation>
    </message>
    <message>
        <source>A region is a room id, such as brussels.</source>
        <translation>Një rajon është identifikues dhome, për shembull brussels.</translation>
    </message>
    <message>
        <source>An organisation id is 1 to %1 lowercase letters, digits or &apos;-&apos;.</source>
        <translation>Një identifikues organizate ka nga 1 deri në %1 shkronja të vogla, shifra ose „-”.</translation>
    </message>
    <message>
        <source>An organisation&apos;s name is 1 to %1 bytes.</source>
        <translation>Emri i një organizate ka nga 1 deri në %1 bajte.</translation>
    </message>
    <message>
        <source>A description is at most %1 bytes.</source>
        <translation>Një përshkrim ka të shumtën %1 bajte.</translation>
    </message>
    <message>
        <source>A contact line is at most %1 bytes.</source>
        <translation>Një rresht kontakti ka të shumtën %1 bajte.</translation>
    </message>
    <message>
        <source>The profile is locked.</source>
        <translation>Profili është i kyçur.</translation>
    </message>
    <message>
        <source>%1 has the role now.</source>
        <translation>%1 e ka tani rolin.</translation>
    </message>
    <message>
        <source>%1 no longer has the role.</source>
        <translation>%1 nuk e ka më rolin.</translation>
    </message>
    <message>
        <source>The room %1 was created.</source>
        <translation>Dhoma %1 u krijua.</translation>
    </message>
    <message>
        <source>A code works from 1 to %1 times.</source>
        <translation>Një kod vlen nga 1 deri në %1 herë.</translation>
    </message>
    <message>
        <source>A code is valid for at most %1 days.</source>
        <translation>Një kod është i vlefshëm të shumtën %1 ditë.</translation>
    </message>
    <message>
        <source>The organisation %1 was created.</source>
        <translation>Organizata %1 u krijua.</translation>
    </message>
</context>
<context>
    <name>relais::qt::ChatPage</name>
    <message>
        <source>Safety number</source>
        <translation>Numri i sigurisë</translation>
    </message>
    <message>
        <source>Mark verified (the safety numbers match)</source>
        <translation>Shëno si të verifikuar (numrat e sigurisë përputhen)</translation>
    </message>
    <message>
        <source>Accept the new identity key without comparing</source>
        <translation>Prano çelësin e ri të identitetit pa krahasuar</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rooms&lt;/b&gt;</source>
        <translation>&lt;b&gt;Dhomat&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Direct conversations&lt;/b&gt;</source>
        <translation>&lt;b&gt;Bisedat e drejtpërdrejta&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Join this room</source>
        <translation>Hyr në këtë dhomë</translation>
    </message>
    <message>
        <source>Write a message</source>
        <translation>Shkruaj një mesazh</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Dërgo</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Biseda</translation>
    </message>
    <message>
        <source>Outreach desk</source>
        <translation>Tryeza e punës në terren</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Anëtarët</translation>
    </message>
    <message>
        <source>Permanence</source>
        <translation>Kujdestaria</translation>
    </message>
    <message>
        <source>Moderation</source>
        <translation>Moderimi</translation>
    </message>
    <message>
        <source>Choose a room or a conversation on the left.</source>
        <translation>Zgjidh një dhomë ose një bisedë në të majtë.</translation>
    </message>
    <message>
        <source>Safety alert</source>
        <translation>Sinjalizim sigurie</translation>
    </message>
    <message>
        <source>Write privately</source>
        <translation>Shkruaj privatisht</translation>
    </message>
    <message>
        <source>Mute for an hour</source>
        <translation>Ndalo shkrimin për një orë</translation>
    </message>
    <message>
        <source>Remove from the room</source>
        <translation>Nxirre nga dhoma</translation>
    </message>
    <message>
        <source>Ban from the room</source>
        <translation>Përjashto nga dhoma</translation>
    </message>
    <message>
        <source>Report this message…</source>
        <translation>Raporto këtë mesazh…</translation>
    </message>
    <message>
        <source>Remove this message</source>
        <translation>Hiq këtë mesazh</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Raporto</translation>
    </message>
    <message>
        <source>Why do you report it?</source>
        <translation>Pse e raporton?</translation>
    </message>
    <message>
        <source>A comment for the moderators (optional):</source>
        <translation>Një koment për moderatorët (opsional):</translation>
    </message>
    <message>
        <source>Write to an id…</source>
        <translation>Shkruaji një identifikuesi…</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>Bisedë e re</translation>
    </message>
    <message>
        <source>The person&apos;s Relais id (26 letters and digits; they see it in their profile):</source>
        <translation>Identifikuesi në Relais i personit (26 shkronja dhe shifra; e sheh në profilin e vet):</translation>
    </message>
    <message>
        <source>A name for this person, on this computer only:</source>
        <translation>Një emër për këtë person, vetëm në këtë kompjuter:</translation>
    </message>
    <message>
        <source>Leave this room</source>
        <translation>Dil nga kjo dhomë</translation>
    </message>
    <message>
        <source>Invite code</source>
        <translation>Kod ftese</translation>
    </message>
    <message>
        <source>%1 admits members with an invite code from its moderators. The code:</source>
        <translation>%1 pranon anëtarë me një kod ftese nga moderatorët e saj. Kodi:</translation>
    </message>
    <message>
        <source>Chat permanences (Brussels time)</source>
        <translation>Kujdestari bisede (ora e Brukselit)</translation>
    </message>
    <message>
        <source>Mark verified</source>
        <translation>Shëno si të verifikuar</translation>
    </message>
    <message>
        <source>Accept the new key</source>
        <translation>Prano çelësin e ri</translation>
    </message>
</context>
<context>
    <name>relais::qt::ConversationModel</name>
    <message>
        <source>a moderator</source>
        <translation>një moderator</translation>
    </message>
    <message>
        <source>an outreach worker</source>
        <translation>një punonjës/e në terren</translation>
    </message>
    <message>
        <source>an administrator</source>
        <translation>një administrator</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Ti</translation>
    </message>
    <message>
        <source>sending…</source>
        <translation>po dërgohet…</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>u dërgua</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>nuk u dërgua</translation>
    </message>
    <message>
        <source>Safety alert</source>
        <translation>Sinjalizim sigurie</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>dikush</translation>
    </message>
    <message>
        <source>%1 joined the room.</source>
        <translation>%1 hyri në dhomë.</translation>
    </message>
    <message>
        <source>%1 left the room.</source>
        <translation>%1 doli nga dhoma.</translation>
    </message>
    <message>
        <source>%1 was removed from the room by a moderator.</source>
        <translation>Një moderator e nxori %1 nga dhoma.</translation>
    </message>
    <message>
        <source>%1 was banned by a moderator.</source>
        <translation>Një moderator e përjashtoi %1.</translation>
    </message>
    <message>
        <source>%1 may join again.</source>
        <translation>%1 mund të hyjë përsëri.</translation>
    </message>
    <message>
        <source>%1 may write again.</source>
        <translation>%1 mund të shkruajë përsëri.</translation>
    </message>
    <message>
        <source>%1 was muted until %2.</source>
        <translation>%1 nuk mund të shkruajë deri më %2.</translation>
    </message>
    <message>
        <source>A moderator removed a message.</source>
        <translation>Një moderator hoqi një mesazh.</translation>
    </message>
    <message>
        <source>A moderator pinned a safety alert.</source>
        <translation>Një moderator vendosi një sinjalizim sigurie.</translation>
    </message>
    <message>
        <source>A moderator unpinned the safety alert.</source>
        <translation>Një moderator hoqi sinjalizimin e sigurisë.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 është tani %2.</translation>
    </message>
    <message>
        <source>%1 is no longer %2.</source>
        <translation>%1 nuk është më %2.</translation>
    </message>
    <message>
        <source>A chat permanence opened.</source>
        <translation>U hap një kujdestari bisede.</translation>
    </message>
    <message>
        <source>The chat permanence closed.</source>
        <translation>Kujdestaria e bisedës u mbyll.</translation>
    </message>
    <message>
        <source>Something changed in the room.</source>
        <translation>Diçka ndryshoi në dhomë.</translation>
    </message>
    <message>
        <source>a member</source>
        <translation>një anëtar/e</translation>
    </message>
    <message>
        <source>A moderator removed you from this room. You can join it again.</source>
        <translation>Një moderator të nxori nga kjo dhomë. Mund të hysh përsëri.</translation>
    </message>
    <message>
        <source>A moderator banned you from this room: you can no longer read or write here, nor join again, unless a moderator lifts the ban.</source>
        <translation>Një moderator të përjashtoi nga kjo dhomë: nuk mund të lexosh a të shkruash më këtu, as të hysh përsëri, përveç nëse një moderator e heq përjashtimin.</translation>
    </message>
    <message>
        <source>A moderator lifted your ban: you can join this room again.</source>
        <translation>Një moderator ta hoqi përjashtimin: mund të hysh përsëri në këtë dhomë.</translation>
    </message>
    <message>
        <source>A moderator lifted your mute: you can write again.</source>
        <translation>Një moderator ta ktheu fjalën: mund të shkruash përsëri.</translation>
    </message>
    <message>
        <source>A moderator muted you until %1: you can read, and write again after that.</source>
        <translation>Një moderator nuk të lë të shkruash deri më %1: mund të lexosh dhe të shkruash përsëri pas kësaj.</translation>
    </message>
</context>
<context>
    <name>relais::qt::EngineHost</name>
    <message>
        <source>Warning: the identity key of %1 changed. It may be a new phone, or someone else: nothing is sent to them until you compare the safety number and mark them verified, or accept the new key.</source>
        <translation>Kujdes: çelësi i identitetit të %1 ka ndryshuar. Mund të jetë telefon i ri, ose dikush tjetër: nuk i dërgohet asgjë derisa të krahasosh numrin e sigurisë dhe ta shënosh si të verifikuar, ose të pranosh çelësin e ri.</translation>
    </message>
    <message>
        <source>No profile folder.</source>
        <translation>Asnjë dosje profili.</translation>
    </message>
    <message>
        <source>There is already a profile in %1; unlock it instead.</source>
        <translation>Ka tashmë një profil në %1; shkyçe atë.</translation>
    </message>
    <message>
        <source>The passphrase is empty.</source>
        <translation>Fjalëkalimi është bosh.</translation>
    </message>
    <message>
        <source>The CA file %1 cannot be read.</source>
        <translation>Skedari CA %1 nuk mund të lexohet.</translation>
    </message>
    <message>
        <source>There is no profile in %1.</source>
        <translation>Nuk ka asnjë profil në %1.</translation>
    </message>
    <message>
        <source>Wrong passphrase.</source>
        <translation>Fjalëkalim i gabuar.</translation>
    </message>
    <message>
        <source>The profile in %1 is damaged.</source>
        <translation>Profili në %1 është i dëmtuar.</translation>
    </message>
    <message>
        <source>The profile is open in another program; close it first.</source>
        <translation>Profili është i hapur në një program tjetër; mbylle fillimisht.</translation>
    </message>
    <message>
        <source>The profile in %1 is not registered.</source>
        <translation>Profili në %1 nuk është i regjistruar.</translation>
    </message>
    <message>
        <source>The profile is locked.</source>
        <translation>Profili është i kyçur.</translation>
    </message>
    <message>
        <source>The passphrase is being changed already.</source>
        <translation>Fjalëkalimi po ndryshohet tashmë.</translation>
    </message>
    <message>
        <source>The new passphrase is empty.</source>
        <translation>Fjalëkalimi i ri është bosh.</translation>
    </message>
    <message>
        <source>The new passphrase is too weak; add a few words.</source>
        <translation>Fjalëkalimi i ri është shumë i dobët; shto disa fjalë.</translation>
    </message>
    <message>
        <source>The new passphrase is the same as the current one.</source>
        <translation>Fjalëkalimi i ri është i njëjtë me atë aktual.</translation>
    </message>
    <message>
        <source>The profile could not be read.</source>
        <translation>Profili nuk mund të lexohej.</translation>
    </message>
    <message>
        <source>The current passphrase is wrong.</source>
        <translation>Fjalëkalimi aktual është i gabuar.</translation>
    </message>
    <message>
        <source>The profile could not be read: %1</source>
        <translation>Profili nuk mund të lexohej: %1</translation>
    </message>
    <message>
        <source>The passphrase could not be changed: %1</source>
        <translation>Fjalëkalimi nuk mund të ndryshohej: %1</translation>
    </message>
    <message>
        <source>The relay closed the connection.</source>
        <translation>Releja e mbylli lidhjen.</translation>
    </message>
    <message>
        <source>The profile could not be saved: %1</source>
        <translation>Profili nuk mund të ruhej: %1</translation>
    </message>
    <message>
        <source>The profile could not be created in %1: %2</source>
        <translation>Profili nuk mund të krijohej në %1: %2</translation>
    </message>
    <message>
        <source>The relay address is not usable.</source>
        <translation>Adresa e relesë nuk mund të përdoret.</translation>
    </message>
    <message>
        <source>The pseudonym is not usable: %1</source>
        <translation>Pseudonimi nuk mund të përdoret: %1</translation>
    </message>
</context>
<context>
    <name>relais::qt::MainWindow</name>
    <message>
        <source>Locked after a time without use.</source>
        <translation>U kyç pas një kohe pa përdorim.</translation>
    </message>
    <message>
        <source>Your profile was created.</source>
        <translation>Profili yt u krijua.</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>Dalje e shpejtë</translation>
    </message>
    <message>
        <source>Hides everything at once and locks (or press Escape twice).</source>
        <translation>Fsheh gjithçka menjëherë dhe kyç (ose shtyp dy herë Escape).</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Kyç</translation>
    </message>
    <message>
        <source>Passphrase…</source>
        <translation>Fjalëkalimi…</translation>
    </message>
    <message>
        <source>Change the passphrase of this profile.</source>
        <translation>Ndrysho fjalëkalimin e këtij profili.</translation>
    </message>
    <message>
        <source>Administration…</source>
        <translation>Administrimi…</translation>
    </message>
    <message>
        <source>Roles, rooms, invite codes and organisations (admins).</source>
        <translation>Rolet, dhomat, kodet e ftesës dhe organizatat (administratorët).</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Cilësimet</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Burimet</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ndihmë</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>I kyçur</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Po lidhet…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>I lidhur</translation>
    </message>
    <message>
        <source>Offline; trying again</source>
        <translation>Pa lidhje; po provohet përsëri</translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation>Fjalëkalimi u ndryshua.</translation>
    </message>
    <message>
        <source>My id</source>
        <translation>Identifikuesi im</translation>
    </message>
    <message>
        <source>&lt;p&gt;Pseudonym: &lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Relais id (give it to someone who wants to write to you):&lt;br&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Pseudonimi: &lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Identifikuesi në Relais (jepja dikujt që do të të shkruajë):&lt;br&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Mbyll</translation>
    </message>
</context>
<context>
    <name>relais::qt::MemberModel</name>
    <message>
        <source>If they read you the same digits (in person, or in a call where you know their voice), nobody is in the middle: mark them verified with the button below.</source>
        <translation>Nëse personi të lexon të njëjtat shifra (personalisht, ose në një telefonatë ku ia njeh zërin), askush nuk është në mes: shënoje si të verifikuar me butonin më poshtë.</translation>
    </message>
    <message>
        <source>identity key changed: compare the safety number</source>
        <translation>çelësi i identitetit ndryshoi: krahaso numrin e sigurisë</translation>
    </message>
    <message>
        <source>name like someone you know: it may not be them</source>
        <translation>emër si i dikujt që njeh: mund të mos jetë ai person</translation>
    </message>
    <message>
        <source>(you)</source>
        <translation>(ti)</translation>
    </message>
    <message>
        <source>moderator</source>
        <translation>moderator</translation>
    </message>
    <message>
        <source>outreach worker</source>
        <translation>punonjës/e në terren</translation>
    </message>
    <message>
        <source>Safety number:</source>
        <translation>Numri i sigurisë:</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>i verifikuar</translation>
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
        <translation>punonjës/e në terren</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>administrator</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n ditë</numerusform>
            <numerusform>%n ditë</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 orë</translation>
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
        <translation>Dikush</translation>
    </message>
    <message>
        <source>%1 let %2 in</source>
        <translation>%1 e la %2 të hyjë</translation>
    </message>
    <message>
        <source>%1 refused %2</source>
        <translation>%1 e refuzoi %2</translation>
    </message>
    <message>
        <source>%1 removed %2 from the room</source>
        <translation>%1 e nxori %2 nga dhoma</translation>
    </message>
    <message>
        <source>%1 banned %2</source>
        <translation>%1 e përjashtoi %2</translation>
    </message>
    <message>
        <source>%1 lifted the ban on %2</source>
        <translation>%1 e hoqi përjashtimin e %2</translation>
    </message>
    <message>
        <source>%1 let %2 speak again</source>
        <translation>%1 e la %2 të shkruajë përsëri</translation>
    </message>
    <message>
        <source>%1 muted %2 for %3</source>
        <translation>%1 ia ndaloi shkrimin %2 për %3</translation>
    </message>
    <message>
        <source>%1 removed message %2</source>
        <translation>%1 hoqi mesazhin %2</translation>
    </message>
    <message>
        <source>%1 pinned message %2</source>
        <translation>%1 vendosi mesazhin %2 në krye</translation>
    </message>
    <message>
        <source>%1 pinned message %2 for %3</source>
        <translation>%1 vendosi mesazhin %2 në krye për %3</translation>
    </message>
    <message>
        <source>%1 unpinned message %2</source>
        <translation>%1 hoqi nga kreu mesazhin %2</translation>
    </message>
    <message>
        <source>%1 made %2 %3</source>
        <translation>%1 e bëri %2 %3</translation>
    </message>
    <message>
        <source>%1 took the %3 role from %2</source>
        <translation>%1 ia hoqi rolin %3 %2</translation>
    </message>
    <message>
        <source>By: %1</source>
        <translation>Nga: %1</translation>
    </message>
    <message>
        <source>About: %1</source>
        <translation>Rreth: %1</translation>
    </message>
    <message>
        <source>Reading the log…</source>
        <translation>Po lexohet regjistri…</translation>
    </message>
    <message>
        <source>Nothing in the log yet.</source>
        <translation>Ende asgjë në regjistër.</translation>
    </message>
    <message>
        <source>The relay did not give the log: %1</source>
        <translation>Releja nuk e dha regjistrin: %1</translation>
    </message>
    <message>
        <source>member</source>
        <translation>anëtar/e</translation>
    </message>
    <message>
        <source>%1 did something this program does not know</source>
        <translation>%1 bëri diçka që ky program nuk e njeh</translation>
    </message>
</context>
<context>
    <name>relais::qt::ModerationPanel</name>
    <message>
        <source>Requests and reports</source>
        <translation>Kërkesat dhe raportet</translation>
    </message>
    <message>
        <source>Join requests</source>
        <translation>Kërkesat për hyrje</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Rifresko</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Mirato</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Refuzo</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Raportet</translation>
    </message>
    <message>
        <source>Remove the message</source>
        <translation>Hiq mesazhin</translation>
    </message>
    <message>
        <source>Ban the sender</source>
        <translation>Përjashto dërguesin</translation>
    </message>
    <message>
        <source>✔ verified: the relay confirms this person sent exactly this text. A report that is not verified may be forged.</source>
        <translation>✔ i verifikuar: releja konfirmon se ky person dërgoi pikërisht këtë tekst. Një raport i paverifikuar mund të jetë i falsifikuar.</translation>
    </message>
    <message>
        <source>Safety alert</source>
        <translation>Sinjalizim sigurie</translation>
    </message>
    <message>
        <source>A warning for everyone in the room</source>
        <translation>Një paralajmërim për të gjithë në dhomë</translation>
    </message>
    <message>
        <source> h</source>
        <translation> orë</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Vendos në krye</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Regjistri</translation>
    </message>
    <message>
        <source>%1 · since %2</source>
        <translation>%1 · që nga %2</translation>
    </message>
    <message>
        <source>Nobody is waiting.</source>
        <translation>Nuk pret askush.</translation>
    </message>
    <message>
        <source>Mark as handled</source>
        <translation>Shëno si të trajtuar</translation>
    </message>
    <message>
        <source>Show the handled reports</source>
        <translation>Shfaq raportet e trajtuara</translation>
    </message>
</context>
<context>
    <name>relais::qt::PassphraseDialog</name>
    <message>
        <source>Change the passphrase</source>
        <translation>Ndrysho fjalëkalimin</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Fjalëkalimi aktual</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Fjalëkalimi i ri</translation>
    </message>
    <message>
        <source>The new one again</source>
        <translation>I riu edhe një herë</translation>
    </message>
    <message>
        <source>Nobody can recover a forgotten passphrase, not even the relay&apos;s operators: without it, the profile is lost.</source>
        <translation>Askush nuk mund ta rikuperojë një fjalëkalim të harruar, as operatorët e relesë: pa të, profili humbet.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ndrysho</translation>
    </message>
    <message>
        <source>Give the current passphrase.</source>
        <translation>Jep fjalëkalimin aktual.</translation>
    </message>
    <message>
        <source>The new passphrase is too weak; add a few words.</source>
        <translation>Fjalëkalimi i ri është shumë i dobët; shto disa fjalë.</translation>
    </message>
    <message>
        <source>The two new passphrases differ.</source>
        <translation>Dy fjalëkalimet e reja ndryshojnë.</translation>
    </message>
    <message>
        <source>Changing…</source>
        <translation>Po ndryshohet…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anulo</translation>
    </message>
</context>
<context>
    <name>relais::qt::PermanenceListModel</name>
    <message>
        <source>open now</source>
        <translation>e hapur tani</translation>
    </message>
    <message>
        <source>no opening planned</source>
        <translation>asnjë hapje e planifikuar</translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s) on duty</source>
        <translation>
            <numerusform>%n punonjës/e në shërbim</numerusform>
            <numerusform>%n punonjës në shërbim</numerusform>
        </translation>
    </message>
    <message>
        <source>planned until %1, nobody there yet</source>
        <translation>e planifikuar deri në %1, ende s&apos;ka njeri</translation>
    </message>
    <message>
        <source>The relay cannot be reached: this is what it said at %1 (Brussels time).</source>
        <translation>Releja nuk mund të arrihet: ja çfarë thoshte në %1 (ora e Brukselit).</translation>
    </message>
    <message>
        <source>unknown while offline (open at %1)</source>
        <translation>e panjohur pa lidhje (e hapur në %1)</translation>
    </message>
    <message>
        <source>unknown while offline (closed at %1)</source>
        <translation>e panjohur pa lidhje (e mbyllur në %1)</translation>
    </message>
    <message>
        <source>next opening %1 (Brussels time)</source>
        <translation>hapja e radhës %1 (ora e Brukselit)</translation>
    </message>
</context>
<context>
    <name>relais::qt::PermanencePanel</name>
    <message>
        <source>Knock</source>
        <translation>Trokit</translation>
    </message>
    <message>
        <source>The worker offers to pass your conversation to a colleague.</source>
        <translation>Punonjësi/ja në terren propozon ta kalojë bisedën tënde te një koleg/e.</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Pranoj</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Refuzoj</translation>
    </message>
    <message>
        <source>Write to the outreach worker</source>
        <translation>Shkruaji punonjësit/es në terren</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Dërgo</translation>
    </message>
    <message>
        <source>Closed for now</source>
        <translation>E mbyllur tani për tani</translation>
    </message>
    <message>
        <source>Leave a message: the organisation&apos;s workers will read it</source>
        <translation>Lër një mesazh: punonjësit e organizatës do ta lexojnë</translation>
    </message>
    <message>
        <source>Leave the message</source>
        <translation>Lëre mesazhin</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Gjuha:</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Frëngjisht</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Holandisht</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglisht</translation>
    </message>
    <message>
        <source>Choose a permanence in the list.</source>
        <translation>Zgjidh një kujdestari nga lista.</translation>
    </message>
    <message>
        <source>End the conversation</source>
        <translation>Mbyll bisedën</translation>
    </message>
    <message>
        <source>Leave the queue</source>
        <translation>Dil nga radha</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Ti</translation>
    </message>
    <message>
        <source>Outreach worker</source>
        <translation>Punonjës/e në terren</translation>
    </message>
    <message>
        <source> (sending)</source>
        <translation> (po dërgohet)</translation>
    </message>
    <message>
        <source>In an emergency, call:</source>
        <translation>Në rast urgjence, telefono:</translation>
    </message>
    <message>
        <source>Knock anyway</source>
        <translation>Trokit gjithsesi</translation>
    </message>
    <message>
        <source>The worker offers to pass your conversation to a colleague, %1.</source>
        <translation>Punonjësi/ja në terren propozon ta kalojë bisedën tënde te një koleg/e, %1.</translation>
    </message>
    <message>
        <source>This permanence is held in %1. You can knock anyway, or leave a message when it is closed.</source>
        <translation>Kjo kujdestari mbahet në %1. Mund të trokasësh gjithsesi, ose të lësh një mesazh kur është e mbyllur.</translation>
    </message>
    <message>
        <source>The permanence has closed; your conversation goes on until one of you ends it.</source>
        <translation>Kujdestaria u mbyll; biseda juaj vazhdon derisa njëri prej jush ta mbyllë.</translation>
    </message>
    <message>
        <source>The conversation is over.</source>
        <translation>Biseda mbaroi.</translation>
    </message>
    <message>
        <source>Your messages with %1</source>
        <translation>Mesazhet e tua me %1</translation>
    </message>
    <message>
        <source>End the conversation with the outreach worker? You can knock again later.</source>
        <translation>Ta mbyllësh bisedën me punonjësin/en në terren? Mund të trokasësh përsëri më vonë.</translation>
    </message>
    <message>
        <source>Leave the queue? Your place goes to the next person.</source>
        <translation>Të dalësh nga radha? Vendi yt kalon te personi tjetër.</translation>
    </message>
</context>
<context>
    <name>relais::qt::ReportModel</name>
    <message>
        <source>Harassment</source>
        <translation>Ngacmim</translation>
    </message>
    <message>
        <source>Doxing (someone&apos;s identity revealed)</source>
        <translation>Doxing (identiteti i dikujt i zbuluar)</translation>
    </message>
    <message>
        <source>Signs of exploitation or trafficking</source>
        <translation>Shenja shfrytëzimi ose trafikimi</translation>
    </message>
    <message>
        <source>Threat of violence</source>
        <translation>Kërcënim me dhunë</translation>
    </message>
    <message>
        <source>Spam</source>
        <translation>Spam</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Tjetër</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>po kontrollohet…</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>i verifikuar</translation>
    </message>
    <message>
        <source>NOT verified</source>
        <translation>JO i verifikuar</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>Koment: %1</translation>
    </message>
    <message>
        <source>Handled</source>
        <translation>I trajtuar</translation>
    </message>
</context>
<context>
    <name>relais::qt::ResourcesDialog</name>
    <message>
        <source>Emergency numbers</source>
        <translation>Numrat e urgjencës</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organizatat</translation>
    </message>
    <message>
        <source>Not yet confirmed by the relay&apos;s operator.</source>
        <translation>Ende i pakonfirmuar nga operatori i relesë.</translation>
    </message>
    <message>
        <source>Help and resources</source>
        <translation>Ndihmë dhe burime</translation>
    </message>
    <message>
        <source>All cities</source>
        <translation>Të gjitha qytetet</translation>
    </message>
    <message>
        <source>Cities: %1</source>
        <translation>Qytetet: %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Mbyll</translation>
    </message>
</context>
<context>
    <name>relais::qt::RoomListModel</name>
    <message>
        <source>waiting for a moderator</source>
        <translation>në pritje të një moderatori</translation>
    </message>
    <message>
        <source>not joined</source>
        <translation>nuk ke hyrë</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n anëtar</numerusform>
            <numerusform>%n anëtarë</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click to join this room.</source>
        <translation>Kliko dy herë për të hyrë në këtë dhomë.</translation>
    </message>
</context>
<context>
    <name>relais::qt::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Cilësimet</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Si sistemi</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Gjuha</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>never</source>
        <translation>kurrë</translation>
    </message>
    <message>
        <source>Lock after this idle time</source>
        <translation>Kyç pas kësaj kohe pa përdorim</translation>
    </message>
    <message>
        <source>Show message text in notifications</source>
        <translation>Shfaq tekstin e mesazheve në njoftime</translation>
    </message>
    <message>
        <source>Anyone who sees the screen can read a notification. Leave this off unless you are alone with this computer.</source>
        <translation>Kushdo që sheh ekranin mund të lexojë një njoftim. Lëre të çaktivizuar, përveç kur je vetëm me këtë kompjuter.</translation>
    </message>
    <message>
        <source>Discretion: a neutral window title and icon</source>
        <translation>Diskretim: një titull dhe një ikonë neutrale për dritaren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anulo</translation>
    </message>
    <message>
        <source>%1 is not offered on this relay: Relais is shown in %2.</source>
        <extracomment>%1 and %2 are languages named in themselves (&quot;Română&quot;, &quot;English&quot;).</extracomment>
        <translation>%1 nuk ofrohet në këtë rele; gjuha e shfaqur: %2.</translation>
    </message>
</context>
<context>
    <name>relais::qt::TicketSession</name>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>rreth %n minutë</numerusform>
            <numerusform>rreth %n minuta</numerusform>
        </translation>
    </message>
    <message>
        <source>Knock to talk privately with an outreach worker.</source>
        <translation>Trokit për të folur privatisht me një punonjës/e në terren.</translation>
    </message>
    <message>
        <source>Knocking…</source>
        <translation>Po troket…</translation>
    </message>
    <message>
        <source>Your place in the queue: %1. Estimated wait: %2.</source>
        <translation>Vendi yt në radhë: %1. Pritja e parashikuar: %2.</translation>
    </message>
    <message>
        <source>An outreach worker took your ticket: you are talking privately.</source>
        <translation>Një punonjës/e në terren e mori numrin tënd: po flisni privatisht.</translation>
    </message>
    <message>
        <source>The permanence is closed. No opening is planned yet.</source>
        <translation>Kujdestaria është e mbyllur. Ende nuk është planifikuar asnjë hapje.</translation>
    </message>
    <message>
        <source>The permanence is closed. Next opening: %1 (Brussels time).</source>
        <translation>Kujdestaria është e mbyllur. Hapja e radhës: %1 (ora e Brukselit).</translation>
    </message>
    <message>
        <source>The profile is locked.</source>
        <translation>Profili është i kyçur.</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>Mesazhi është bosh.</translation>
    </message>
    <message>
        <source>Wait until an outreach worker takes your ticket.</source>
        <translation>Prit derisa një punonjës/e në terren të marrë numrin tënd.</translation>
    </message>
    <message>
        <source>An outreach worker took your ticket.</source>
        <translation>Një punonjës/e në terren e mori numrin tënd.</translation>
    </message>
    <message>
        <source>The conversation with the outreach worker ended.</source>
        <translation>Biseda me punonjësin/en në terren mbaroi.</translation>
    </message>
    <message>
        <source>Your message was left for the organisation; a worker will read it.</source>
        <translation>Mesazhi yt u la për organizatën; një punonjës/e do ta lexojë.</translation>
    </message>
    <message>
        <source>You left the permanence.</source>
        <translation>Dole nga kujdestaria.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nuk u dërgua: %1</translation>
    </message>
    <message>
        <source>Another outreach worker of the organisation now answers you, privately.</source>
        <translation>Tani të përgjigjet një punonjës/e tjetër në terren i/e organizatës, privatisht.</translation>
    </message>
    <message>
        <source>The conversation ended after 12 hours. You can knock again.</source>
        <translation>Biseda mbaroi pas 12 orësh. Mund të trokasësh përsëri.</translation>
    </message>
    <message>
        <source>The permanence closed before a worker could take your ticket.</source>
        <translation>Kujdestaria u mbyll para se një punonjës/e të mund ta merrte numrin tënd të radhës.</translation>
    </message>
    <message>
        <source>The conversation is over. You can knock again at any time.</source>
        <translation>Biseda mbaroi. Mund të trokasësh përsëri në çdo kohë.</translation>
    </message>
    <message>
        <source>Another outreach worker of the organisation now answers you.</source>
        <translation>Tani të përgjigjet një punonjës/e tjetër në terren i/e organizatës.</translation>
    </message>
    <message>
        <source>You were away for a while, so your place in the queue went to the people waiting after you. You can knock again.</source>
        <translation>Mungove për një kohë: vendi yt në radhë kaloi te njerëzit që prisnin pas teje. Mund të trokasësh përsëri.</translation>
    </message>
    <message>
        <source>The permanence is open, but its queue is full: no place was kept for you. Try again later.</source>
        <translation>Kujdestaria është e hapur, por radha është plot: nuk u mbajt asnjë vend për ty. Provo më vonë.</translation>
    </message>
    <message>
        <source>The permanence is open, but many people from your network or with new accounts are waiting already: no place was kept for you. Try again later.</source>
        <translation>Kujdestaria është e hapur, por shumë njerëz nga rrjeti yt ose me llogari të reja po presin tashmë: nuk u mbajt asnjë vend për ty. Provo më vonë.</translation>
    </message>
    <message>
        <source>The workers have your message, but the organisation&apos;s inbox on the relay is full: they may see it late. If it is urgent, the emergency numbers are under Resources.</source>
        <translation>Punonjësit e kanë mesazhin tënd, por kutia e organizatës në rele është plot: mund ta shohin vonë. Nëse është urgjente, numrat e urgjencës janë te Burimet.</translation>
    </message>
    <message>
        <source>The workers have your message, but the relay could not add it to the organisation&apos;s inbox for now: they may see it late. If it is urgent, the emergency numbers are under Resources.</source>
        <translation>Punonjësit e kanë mesazhin tënd, por releja nuk mundi ta shtonte tani në kutinë e organizatës: mund ta shohin vonë. Nëse është urgjente, numrat e urgjencës janë te Burimet.</translation>
    </message>
    <message>
        <source>The permanence closed while you waited: your place in the queue has ended.</source>
        <translation>Kujdestaria u mbyll ndërsa prisje: vendi yt në radhë mbaroi.</translation>
    </message>
    <message>
        <source>The permanence is planned now until %1 (Brussels time), but no outreach worker is there yet. Knock again in a few minutes.</source>
        <translation>Kujdestaria është planifikuar tani deri në %1 (ora e Brukselit), por ende s&apos;ka asnjë punonjës/e në terren. Trokit përsëri pas pak minutash.</translation>
    </message>
</context>
<context>
    <name>relais::qt::WelcomePage</name>
    <message>
        <source>&lt;h2&gt;Welcome&lt;/h2&gt;&lt;p&gt;Choose the relay your organisation gave you, a pseudonym (not your real name) and a passphrase. Nothing else about you is asked or kept.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Mirë se erdhe&lt;/h2&gt;&lt;p&gt;Zgjidh relenë që të dha organizata jote, një pseudonim (jo emrin tënd të vërtetë) dhe një fjalëkalim. Asgjë tjetër për ty nuk kërkohet dhe nuk ruhet.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>only if the relay asks for one</source>
        <translation>vetëm nëse releja kërkon një të tillë</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nobody can recover a forgotten passphrase&lt;/b&gt;, not even the relay&apos;s operator: the profile and its messages would be lost. Write it down somewhere safe, away from this computer.</source>
        <translation>&lt;b&gt;Askush nuk mund ta rikuperojë një fjalëkalim të harruar&lt;/b&gt;, as operatori i relesë: profili dhe mesazhet e tij do të humbnin. Shkruaje diku në vend të sigurt, larg këtij kompjuteri.</translation>
    </message>
    <message>
        <source>Create my profile</source>
        <translation>Krijo profilin tim</translation>
    </message>
    <message>
        <source>Relay address</source>
        <translation>Adresa e relesë</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Pseudonimi</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Fjalëkalimi</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Fjalëkalimi përsëri</translation>
    </message>
    <message>
        <source>Invite code</source>
        <translation>Kod ftese</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Unlock&lt;/h2&gt;&lt;p&gt;Type your passphrase.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Shkyç&lt;/h2&gt;&lt;p&gt;Shkruaj fjalëkalimin tënd.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Shkyç</translation>
    </message>
    <message>
        <source>Give the relay&apos;s address.</source>
        <translation>Jep adresën e relesë.</translation>
    </message>
    <message>
        <source>Choose a pseudonym.</source>
        <translation>Zgjidh një pseudonim.</translation>
    </message>
    <message>
        <source>The passphrase is too weak; add a few words.</source>
        <translation>Fjalëkalimi është shumë i dobët; shto disa fjalë.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Dy fjalëkalimet ndryshojnë.</translation>
    </message>
    <message>
        <source>Creating the profile…</source>
        <translation>Po krijohet profili…</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Po shkyçet…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Gjuha</translation>
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
        <translation>Periudha: %1</translation>
    </message>
    <message>
        <source>Times the permanence opened: %1</source>
        <translation>Herë që u hap kujdestaria: %1</translation>
    </message>
    <message>
        <source>Conversations held: %1</source>
        <translation>Biseda të zhvilluara: %1</translation>
    </message>
    <message>
        <source>Left or closed while waiting: %1</source>
        <translation>Ikën ose u mbyllën gjatë pritjes: %1</translation>
    </message>
    <message>
        <source>Languages asked: %1</source>
        <translation>Gjuhët e kërkuara: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>asnjë</translation>
    </message>
    <message>
        <source>Wait before a take: half within %1, 9 in 10 within %2, longest %3</source>
        <translation>Pritja deri në marrje: gjysma brenda %1, 9 nga 10 brenda %2, më e gjata %3</translation>
    </message>
    <message>
        <source>Messages left out of hours: %1</source>
        <translation>Mesazhe të lëna jashtë orarit: %1</translation>
    </message>
    <message>
        <source>Handoffs: %1</source>
        <translation>Kalime: %1</translation>
    </message>
    <message>
        <source>The profile is locked.</source>
        <translation>Profili është i kyçur.</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>Mesazhi është bosh.</translation>
    </message>
    <message>
        <source>Choose one of your conversations first.</source>
        <translation>Zgjidh fillimisht një nga bisedat e tua.</translation>
    </message>
    <message>
        <source>You took ticket %1: you can write to the person now.</source>
        <translation>More numrin %1: tani mund t&apos;i shkruash personit.</translation>
    </message>
    <message>
        <source>A colleague handed ticket %1 to you.</source>
        <translation>Një koleg/e ta kaloi numrin %1.</translation>
    </message>
    <message>
        <source>Ticket %1 is now with your colleague.</source>
        <translation>Numri %1 tani është te koleg/ia yt/jote.</translation>
    </message>
    <message>
        <source>The conversation of ticket %1 ended.</source>
        <translation>Biseda e numrit %1 mbaroi.</translation>
    </message>
    <message>
        <source>A message was left for %1.</source>
        <translation>U la një mesazh për %1.</translation>
    </message>
    <message>
        <source>The person declined the handoff of ticket %1; it stays with you.</source>
        <translation>Personi refuzoi kalimin e numrit %1; mbetet te ti.</translation>
    </message>
    <message>
        <source>You are on duty for %1.</source>
        <translation>Je në shërbim për %1.</translation>
    </message>
    <message>
        <source>You are off duty for %1.</source>
        <translation>Nuk je më në shërbim për %1.</translation>
    </message>
    <message>
        <source>Ticket %1 was offered to %2; the person decides.</source>
        <translation>Numri %1 iu ofrua %2; personi vendos.</translation>
    </message>
    <message>
        <source>You ended the conversation of ticket %1.</source>
        <translation>E mbylle bisedën e numrit %1.</translation>
    </message>
    <message>
        <source>The message is marked handled.</source>
        <translation>Mesazhi është shënuar si i trajtuar.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nuk u dërgua: %1</translation>
    </message>
    <message>
        <source>Ticket %1: %2</source>
        <translation>Numri %1: %2</translation>
    </message>
    <message>
        <source>colleague %1</source>
        <translation>koleg/e %1</translation>
    </message>
    <message>
        <source>Choose a colleague on duty first.</source>
        <translation>Zgjidh fillimisht një koleg/e në shërbim.</translation>
    </message>
    <message>
        <source>Several colleagues on duty are named %1.</source>
        <translation>Disa kolegë në shërbim quhen %1.</translation>
    </message>
    <message>
        <source>No colleague named %1 is on duty for this organisation.</source>
        <translation>Asnjë koleg/e me emrin %1 nuk është në shërbim për këtë organizatë.</translation>
    </message>
    <message>
        <source>Choose a message in the inbox first.</source>
        <translation>Zgjidh së pari një mesazh nga mesazhet e marra.</translation>
    </message>
    <message>
        <source>Your answer went to the person; the message is marked handled.</source>
        <translation>Përgjigjja jote shkoi te personi; mesazhi është shënuar si i trajtuar.</translation>
    </message>
    <message>
        <source>A colleague, before the handoff</source>
        <translation>Një koleg/e, para kalimit</translation>
    </message>
    <message>
        <source>%1 (colleague), before the handoff</source>
        <translation>%1 (koleg/e), para kalimit</translation>
    </message>
</context>
<context>
    <name>relais::qt::WorkerInboxModel</name>
    <message>
        <source>(the text is not on this device)</source>
        <translation>(teksti nuk është në këtë pajisje)</translation>
    </message>
    <message>
        <source>handled</source>
        <translation>i trajtuar</translation>
    </message>
    <message>
        <source>to handle</source>
        <translation>për t&apos;u trajtuar</translation>
    </message>
    <message>
        <source>not on the relay&apos;s list (its inbox was full)</source>
        <translation>nuk është në listën e relesë (kutia ishte plot)</translation>
    </message>
    <message>
        <source>You answered: %1</source>
        <translation>Ti u përgjigje: %1</translation>
    </message>
</context>
<context>
    <name>relais::qt::WorkerPanel</name>
    <message>
        <source>Room (optional)</source>
        <translation>Dhoma (opsionale)</translation>
    </message>
    <message>
        <source>The room where the opening is announced; empty: the planned one.</source>
        <translation>Dhoma ku njoftohet hapja; bosh: ajo e planifikuara.</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organizata:</translation>
    </message>
    <message>
        <source>Take</source>
        <translation>Merr</translation>
    </message>
    <message>
        <source>&lt;b&gt;Waiting&lt;/b&gt;</source>
        <translation>&lt;b&gt;Në pritje&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your conversations&lt;/b&gt;</source>
        <translation>&lt;b&gt;Bisedat e tua&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Write to the person</source>
        <translation>Shkruaji personit</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Dërgo</translation>
    </message>
    <message>
        <source>Hand off</source>
        <translation>Kaloje</translation>
    </message>
    <message>
        <source>End the conversation</source>
        <translation>Mbyll bisedën</translation>
    </message>
    <message>
        <source>Mark handled</source>
        <translation>Shëno si të trajtuar</translation>
    </message>
    <message>
        <source>Messages left while the permanence was closed, oldest first.</source>
        <translation>Mesazhe të lëna kur kujdestaria ishte e mbyllur, më të vjetrat në fillim.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Muaji</translation>
    </message>
    <message>
        <source>ISO week</source>
        <translation>Java ISO</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Viti</translation>
    </message>
    <message>
        <source>Show the counts</source>
        <translation>Shfaq shifrat</translation>
    </message>
    <message>
        <source>including</source>
        <translation>përfshirë</translation>
    </message>
    <message>
        <source>Queue and conversations</source>
        <translation>Radha dhe bisedat</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Mesazhet e marra</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Shifrat</translation>
    </message>
    <message>
        <source>Go off duty</source>
        <translation>Dil nga shërbimi</translation>
    </message>
    <message>
        <source>Go on duty</source>
        <translation>Hyr në shërbim</translation>
    </message>
    <message>
        <source>On duty</source>
        <translation>Në shërbim</translation>
    </message>
    <message>
        <source>Off duty</source>
        <translation>Jashtë shërbimit</translation>
    </message>
    <message>
        <source>Take a ticket from the queue, or choose one of your conversations.</source>
        <translation>Merr një numër nga radha, ose zgjidh një nga bisedat e tua.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ticket %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Numri %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ticket %1&lt;/b&gt; · %2</source>
        <translation>&lt;b&gt;Numri %1&lt;/b&gt; · %2</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Ti</translation>
    </message>
    <message>
        <source>The person</source>
        <translation>Personi</translation>
    </message>
    <message>
        <source> (sending)</source>
        <translation> (po dërgohet)</translation>
    </message>
    <message>
        <source>No colleague on duty</source>
        <translation>Asnjë koleg/e në shërbim</translation>
    </message>
    <message>
        <source>A colleague on duty</source>
        <translation>Një koleg/e në shërbim</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Përgjigju</translation>
    </message>
    <message>
        <source>Answer on behalf of the organisation</source>
        <translation>Përgjigju në emër të organizatës</translation>
    </message>
</context>
<context>
    <name>relais::qt::WorkerQueueModel</name>
    <message>
        <source>French</source>
        <translation>Frëngjisht</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Holandisht</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglisht</translation>
    </message>
    <message>
        <source>any language</source>
        <translation>çdo gjuhë</translation>
    </message>
    <message>
        <source>%1. Ticket %2 · %3 · waiting %4</source>
        <translation>%1. Numri %2 · %3 · pret %4</translation>
    </message>
</context>
<context>
    <name>relais::qt::WorkerTicketModel</name>
    <message>
        <source>Ticket %1 · %2</source>
        <translation>Numri %1 · %2</translation>
    </message>
    <message>
        <source>awaiting your reply</source>
        <translation>pret përgjigjen tënde</translation>
    </message>
</context>
<context>
    <name>relais::qt::Workspace</name>
    <message>
        <source>Not sent: the identity key of %1 changed. It may be a new phone, or someone else. Compare the safety number, then mark them verified; or accept the new key (right-click on their name).</source>
        <translation>Nuk u dërgua: çelësi i identitetit të %1 ka ndryshuar. Mund të jetë telefon i ri, ose dikush tjetër. Krahaso numrin e sigurisë, pastaj shënoje si të verifikuar; ose prano çelësin e ri (kliko me të djathtën mbi emrin).</translation>
    </message>
    <message>
        <source>%1 is verified on this device, until their identity key changes.</source>
        <translation>%1 është i/e verifikuar në këtë pajisje, derisa t&apos;i ndryshojë çelësi i identitetit.</translation>
    </message>
    <message>
        <source>Messages go to the new key of %1. It is not verified: compare the safety number when you can.</source>
        <translation>Mesazhet shkojnë te çelësi i ri i %1. Nuk është i verifikuar: krahaso numrin e sigurisë kur të mundesh.</translation>
    </message>
    <message>
        <source>This is not a Relais id (26 letters and digits).</source>
        <translation>Ky nuk është identifikues në Relais (26 shkronja dhe shifra).</translation>
    </message>
    <message>
        <source>The profile is locked.</source>
        <translation>Profili është i kyçur.</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>Mesazhi është bosh.</translation>
    </message>
    <message>
        <source>Choose a conversation first.</source>
        <translation>Zgjidh fillimisht një bisedë.</translation>
    </message>
    <message>
        <source>Your request to join %1 waits for a moderator.</source>
        <translation>Kërkesa jote për të hyrë në %1 pret një moderator.</translation>
    </message>
    <message>
        <source>You joined %1.</source>
        <translation>Hyre në %1.</translation>
    </message>
    <message>
        <source>A moderator let you into %1.</source>
        <translation>Një moderator të la të hysh në %1.</translation>
    </message>
    <message>
        <source>Your request to join %1 was refused.</source>
        <translation>Kërkesa jote për të hyrë në %1 u refuzua.</translation>
    </message>
    <message>
        <source>You left %1.</source>
        <translation>Dole nga %1.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nuk u dërgua: %1</translation>
    </message>
    <message>
        <source>A report arrived for the moderators.</source>
        <translation>Mbërriti një raport për moderatorët.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>U krye.</translation>
    </message>
    <message numerus="yes">
        <source>The report reached %n moderator(s).</source>
        <translation>
            <numerusform>Raporti arriti te %n moderator.</numerusform>
            <numerusform>Raporti arriti te %n moderatorë.</numerusform>
        </translation>
    </message>
    <message>
        <source>A moderator removed your message from %1: it is gone from every member&apos;s screen and from the relay.</source>
        <translation>Një moderator e hoqi mesazhin tënd nga %1: nuk është më në ekranin e asnjë anëtari dhe as në rele.</translation>
    </message>
    <message>
        <source>%1 answered your message: it is under Permanence.</source>
        <translation>%1 iu përgjigj mesazhit tënd: shihe te Kujdestaria.</translation>
    </message>
</context>
</TS>
