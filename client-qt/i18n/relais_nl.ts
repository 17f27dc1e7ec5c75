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
    <name>relais::qt::ChatPage</name>
    <message>
        <source>&lt;b&gt;Rooms&lt;/b&gt;</source>
        <translation>&lt;b&gt;Kamers&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Direct conversations&lt;/b&gt;</source>
        <translation>&lt;b&gt;Privégesprekken&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Chat permanences</source>
        <translation>Chatpermanenties</translation>
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
</context>
<context>
    <name>relais::qt::EngineHost</name>
    <message>
        <source>No profile folder.</source>
        <translation>Geen profielmap.</translation>
    </message>
    <message>
        <source>There is already a profile in %1; unlock it instead.</source>
        <translation>Er staat al een profiel in %1; ontgrendel dat.</translation>
    </message>
    <message>
        <source>The relay address is not usable: %1</source>
        <translation>Het adres van het relais is niet bruikbaar: %1</translation>
    </message>
    <message>
        <source>The pseudonym is not usable: %1</source>
        <translation>Het pseudoniem is niet bruikbaar: %1</translation>
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
        <source>The identity key of %1 changed; compare the safety number again.</source>
        <translation>De identiteitssleutel van %1 is veranderd; vergelijk het veiligheidsnummer opnieuw.</translation>
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
        <source>My id</source>
        <translation>Mijn id</translation>
    </message>
    <message>
        <source>&lt;p&gt;Pseudonym: &lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Relais id (give it to someone who wants to write to you):&lt;br&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Pseudoniem: &lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Relais-id (geef hem aan wie je wil schrijven):&lt;br&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>relais::qt::MemberModel</name>
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
</context>
<context>
    <name>relais::qt::ModerationPanel</name>
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
        <source>%1 · since %2</source>
        <translation>%1 · sinds %2</translation>
    </message>
    <message>
        <source>Nobody is waiting.</source>
        <translation>Niemand wacht.</translation>
    </message>
</context>
<context>
    <name>relais::qt::PermanenceListModel</name>
    <message>
        <source>open now</source>
        <translation>nu open</translation>
    </message>
    <message>
        <source>next opening %1</source>
        <translation>volgende opening %1</translation>
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
        <source>Knock to talk privately with an outreach worker.</source>
        <translation>Klop aan om privé met een hulpverlener te praten.</translation>
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
</context>
<context>
    <name>relais::qt::Workspace</name>
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
        <source>This is not a Relais id (26 letters and digits).</source>
        <translation>Dit is geen Relais-id (26 letters en cijfers).</translation>
    </message>
    <message>
        <source>The name is not usable: %1</source>
        <translation>De naam is niet bruikbaar: %1</translation>
    </message>
</context>
</TS>
