<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Discretion</name>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FailureText</name>
    <message>
        <source>There is no safety number with them yet: exchange a message first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their identity key changed: nothing is sent to them until you compare the safety number and verify them, or accept the new key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to the relay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile is not registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relay could not parse a message from this program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relay does not know a request this program made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A message was larger than the relay accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relay expected a log-in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was already logged in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relay did not accept this device&apos;s signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relay knows no account with this id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relay does not know this account; it may have been reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relay asks to slow down; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relay could not store the message; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relay needs a valid invite code to register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relay did not accept the proof of work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relay refused: this account lacks the role for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relay is shutting down; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relay is overloaded; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient has too many messages waiting on the relay; nothing was sent. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have sent as much as the relay allows in a day; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relay is short of disk space and takes no new messages for now; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relay refused a malformed request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relay refused a request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not a member of that room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are already a member of that room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This room is full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are banned from that room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are muted in that room for now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This room admits people only with a moderator&apos;s approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This room needs an invite code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such message in this room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An organisation with this id exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A room with this id exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such ticket (it may have ended).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another worker took that ticket first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The permanence is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is longer than %1 KiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment is longer than %1 KiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That needs another account than this profile&apos;s own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device holds no message with that number in that room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device holds no conversation for that ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No worker has taken the ticket yet; wait for one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This room has no moderator to send the report to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not reach any moderator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This organisation has no worker to read it yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message could not reach any worker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many of your messages are waiting for this recipient on the relay; nothing was sent. Try again once they have read them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many messages from your network are waiting for this recipient on the relay; nothing was sent. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many messages from new accounts of your network are waiting for this recipient on the relay; nothing was sent. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Many accounts of your network posted in rooms just now; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message could not reach any worker: too many messages from your network are waiting for them on the relay. Nothing was sent; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message could not reach any worker: they have too many messages waiting on the relay. Nothing was sent; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient&apos;s keys do not verify; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device could not sign its keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cryptographic operation failed on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relay asks for more proof of work than this program will do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relay speaks protocol version %1; this program speaks version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relay sent a malformed challenge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relay sent a second challenge; it was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relay sent a malformed account id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relay answered a request with the wrong kind of frame.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relay sent the key bundle of another account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relay answered a request this program did not make.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relay sent a message that does not parse; it was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relay sent a frame this program does not know; it was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relay sent a frame this program does not handle; it was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relay delivered an envelope before the log-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relay delivered a room entry before the log-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relay sent a malformed room entry; it was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relay sent a malformed room answer; it was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relay sent a malformed notice; it was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resources directory is empty or damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A message that was not sealed for this device was dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A message whose keys are not those of the account it names was dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An envelope with a malformed sender was dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A message of an unknown type was dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A message could not be decrypted: there is no session with its sender.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A message could not be decrypted and was dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A message did not decode and was dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A malformed message for an organisation was dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A malformed report was dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A room key did not decode and was dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A room message could not be decrypted and was dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A room message did not decode and was dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A room message did not match what the relay recorded and was dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A room message waited too long for its sender&apos;s key and was dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A room message with a malformed sender was dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong inside the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Relais id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who may join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role&apos;s room or organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long the room keeps messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long messages stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The moderator action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long the code works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day of the week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The opening hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is longer than %2 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is above its limit of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not one this relay knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no more than %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not allowed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not written as it should be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name is at most %1 bytes long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name must not contain control characters (tabs, line breaks).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name must not start or end with a space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another contact already has this id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A part of the request</source>
        <translation></translation>
    </message>
    <message>
        <source>The relay address must start with ws:// or wss://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relay address must not carry a user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relay address has an unclosed &apos;[&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relay address has something unexpected after its host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relay address has an empty port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relay address has a malformed IPv6 host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relay address has no host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relay address has a malformed host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relay address has a malformed port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relay port must be between 1 and 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relay address has a malformed path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relay address is not usable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relay at %1 cannot be reached. Check the address and the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relay at %1 did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relay at %1 could not prove who it is: its certificate is not trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relay at %1 sent something this program does not accept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate file given for the relay cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the relay at %1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this device does not allow writing there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk refused (it may be full or read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not on duty for this organisation: go on duty first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This conversation was handed to a colleague; you can no longer write in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That colleague is not on duty now; choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person has not come back since the relay restarted; write once she is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This message is not on this device any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A message for a permanence conversation this device does not hold was dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This report is not on this device any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relay&apos;s inbox does not list this message (it was full when it came): it cannot be marked handled for your colleagues.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Quick exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Escape twice, or the Quick exit button: every window disappears at once and the profile is locked. Open the program again and type your passphrase to come back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What stays on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your messages, contacts and keys are kept in one encrypted file, readable only with your passphrase. Nobody can recover the passphrase: if it is forgotten, the profile is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A search of the computer can still show that the program is installed, that the folder %1 exists and how big it is, when it last changed, and the preferences file %2 (language, lock time; no messages).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn on discretion in the settings to give the window a neutral title and icon. Keep message text out of notifications unless you are alone with this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing the program and its data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the folder %1 (this erases the profile for good).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uninstall the program with your system&apos;s software tool (for example: sudo apt remove relais), and empty the trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relay keeps no name, no telephone number and no address of yours. Your account there stops being used when the profile is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Notification</name>
    <message>
        <source>Something new arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <source>Choose a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak: a few words nobody would link to you are easier to remember and harder to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair: one or two more words would make it much stronger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relais::qt::AdminDialog</name>
    <message>
        <source>Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the relay&apos;s admins (invite codes for an invite room: its moderators too). The relay refuses anyone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Here is the code; it works until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Here is the code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>26 letters and digits, as &quot;My id&quot; shows it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relais id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderator of a room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outreach worker of an organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin of the relay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room or organisation id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the role away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the relay…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lowercase letters, digits, &apos;-&apos;: liege</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in Dutch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open: anyone may join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knock: a moderator lets people in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite: with a code only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who may join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: the city&apos;s room, for the resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: a code to register on this relay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite room id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Works this many times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the relay&apos;s default (a week)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lowercase letters, digits, &apos;-&apos;: espace-p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to reach it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relais::qt::AdminRequests</name>
    <message>
        <source>This is not a Relais id (26 letters and digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The admin role is for the whole relay: give no room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the id of the room, such as brussels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the id of the organisation, such as espace-p.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role is moderator, outreach worker or admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages are two-letter codes separated by commas: fr, nl, en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give at most %1 languages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A room id is 1 to %1 lowercase letters, digits or &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A room needs a name in French and in Dutch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A room name is at most %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The join policy is open, knock or invite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A region is a room id, such as brussels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An organisation id is 1 to %1 lowercase letters, digits or &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An organisation&apos;s name is 1 to %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A description is at most %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A contact line is at most %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has the role now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer has the role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room %1 was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A code works from 1 to %1 times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A code is valid for at most %1 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation %1 was created.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relais::qt::ChatPage</name>
    <message>
        <source>Safety number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark verified (the safety numbers match)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the new identity key without comparing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Rooms&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Direct conversations&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join this room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outreach desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permanence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a room or a conversation on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write privately</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute for an hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ban from the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report this message…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why do you report it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A comment for the moderators (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to an id…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person&apos;s Relais id (26 letters and digits; they see it in their profile):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name for this person, on this computer only:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave this room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 admits members with an invite code from its moderators. The code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat permanences (Brussels time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the new key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relais::qt::ConversationModel</name>
    <message>
        <source>a moderator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an outreach worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 joined the room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left the room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was removed from the room by a moderator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was banned by a moderator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may join again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may write again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was muted until %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A moderator removed a message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A moderator pinned a safety alert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A moderator unpinned the safety alert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A chat permanence opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chat permanence closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something changed in the room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A moderator removed you from this room. You can join it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A moderator banned you from this room: you can no longer read or write here, nor join again, unless a moderator lifts the ban.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A moderator lifted your ban: you can join this room again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A moderator lifted your mute: you can write again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A moderator muted you until %1: you can read, and write again after that.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relais::qt::EngineHost</name>
    <message>
        <source>Warning: the identity key of %1 changed. It may be a new phone, or someone else: nothing is sent to them until you compare the safety number and mark them verified, or accept the new key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profile folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a profile in %1; unlock it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA file %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile in %1 is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile is open in another program; close it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile in %1 is not registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is being changed already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new passphrase is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new passphrase is too weak; add a few words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new passphrase is the same as the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current passphrase is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase could not be changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relay closed the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile could not be created in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relay address is not usable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pseudonym is not usable: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relais::qt::MainWindow</name>
    <message>
        <source>Locked after a time without use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your profile was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hides everything at once and locks (or press Escape twice).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the passphrase of this profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles, rooms, invite codes and organisations (admins).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline; trying again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Pseudonym: &lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Relais id (give it to someone who wants to write to you):&lt;br&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relais::qt::MemberModel</name>
    <message>
        <source>If they read you the same digits (in person, or in a call where you know their voice), nobody is in the middle: mark them verified with the button below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>identity key changed: compare the safety number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name like someone you know: it may not be them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moderator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outreach worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relais::qt::ModLogModel</name>
    <message>
        <source>moderator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outreach worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 let %2 in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 removed %2 from the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 banned %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lifted the ban on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 let %2 speak again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 muted %2 for %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 removed message %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pinned message %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pinned message %2 for %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 unpinned message %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 made %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 took the %3 role from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in the log yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relay did not give the log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did something this program does not know</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relais::qt::ModerationPanel</name>
    <message>
        <source>Requests and reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ban the sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ verified: the relay confirms this person sent exactly this text. A report that is not verified may be forged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A warning for everyone in the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the handled reports</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relais::qt::PassphraseDialog</name>
    <message>
        <source>Change the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new one again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody can recover a forgotten passphrase, not even the relay&apos;s operators: without it, the profile is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the current passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new passphrase is too weak; add a few words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two new passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relais::qt::PermanenceListModel</name>
    <message>
        <source>open now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no opening planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s) on duty</source>
        <translation>
            <numerusform>%n worker on duty</numerusform>
            <numerusform>%n workers on duty</numerusform>
        </translation>
    </message>
    <message>
        <source>planned until %1, nobody there yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relay cannot be reached: this is what it said at %1 (Brussels time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown while offline (open at %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown while offline (closed at %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next opening %1 (Brussels time)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relais::qt::PermanencePanel</name>
    <message>
        <source>Knock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The worker offers to pass your conversation to a colleague.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to the outreach worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed for now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave a message: the organisation&apos;s workers will read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a permanence in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outreach worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (sending)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In an emergency, call:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knock anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The worker offers to pass your conversation to a colleague, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This permanence is held in %1. You can knock anyway, or leave a message when it is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The permanence has closed; your conversation goes on until one of you ends it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversation is over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your messages with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the conversation with the outreach worker? You can knock again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the queue? Your place goes to the next person.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relais::qt::ReportModel</name>
    <message>
        <source>Harassment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doxing (someone&apos;s identity revealed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signs of exploitation or trafficking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threat of violence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relais::qt::ResourcesDialog</name>
    <message>
        <source>Emergency numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet confirmed by the relay&apos;s operator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help and resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All cities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cities: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relais::qt::RoomListModel</name>
    <message>
        <source>waiting for a moderator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click to join this room.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relais::qt::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after this idle time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show message text in notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone who sees the screen can read a notification. Leave this off unless you are alone with this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discretion: a neutral window title and icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not offered on this relay: Relais is shown in %2.</source>
        <extracomment>%1 and %2 are languages named in themselves (&quot;Română&quot;, &quot;English&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relais::qt::TicketSession</name>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>about %n minute</numerusform>
            <numerusform>about %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Knock to talk privately with an outreach worker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knocking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your place in the queue: %1. Estimated wait: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An outreach worker took your ticket: you are talking privately.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The permanence is closed. No opening is planned yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The permanence is closed. Next opening: %1 (Brussels time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until an outreach worker takes your ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An outreach worker took your ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversation with the outreach worker ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your message was left for the organisation; a worker will read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You left the permanence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another outreach worker of the organisation now answers you, privately.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversation ended after 12 hours. You can knock again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The permanence closed before a worker could take your ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversation is over. You can knock again at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another outreach worker of the organisation now answers you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You were away for a while, so your place in the queue went to the people waiting after you. You can knock again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The permanence is open, but its queue is full: no place was kept for you. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The permanence is open, but many people from your network or with new accounts are waiting already: no place was kept for you. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workers have your message, but the organisation&apos;s inbox on the relay is full: they may see it late. If it is urgent, the emergency numbers are under Resources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workers have your message, but the relay could not add it to the organisation&apos;s inbox for now: they may see it late. If it is urgent, the emergency numbers are under Resources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The permanence closed while you waited: your place in the queue has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The permanence is planned now until %1 (Brussels time), but no outreach worker is there yet. Knock again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relais::qt::WelcomePage</name>
    <message>
        <source>&lt;h2&gt;Welcome&lt;/h2&gt;&lt;p&gt;Choose the relay your organisation gave you, a pseudonym (not your real name) and a passphrase. Nothing else about you is asked or kept.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only if the relay asks for one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Nobody can recover a forgotten passphrase&lt;/b&gt;, not even the relay&apos;s operator: the profile and its messages would be lost. Write it down somewhere safe, away from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create my profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relay address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Unlock&lt;/h2&gt;&lt;p&gt;Type your passphrase.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the relay&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a pseudonym.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is too weak; add a few words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times the permanence opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations held: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left or closed while waiting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages asked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait before a take: half within %1, 9 in 10 within %2, longest %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages left out of hours: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handoffs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of your conversations first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You took ticket %1: you can write to the person now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A colleague handed ticket %1 to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 is now with your colleague.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversation of ticket %1 ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A message was left for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person declined the handoff of ticket %1; it stays with you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are on duty for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are off duty for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 was offered to %2; the person decides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You ended the conversation of ticket %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is marked handled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>colleague %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a colleague on duty first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several colleagues on duty are named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No colleague named %1 is on duty for this organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a message in the inbox first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer went to the person; the message is marked handled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A colleague, before the handoff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (colleague), before the handoff</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relais::qt::WorkerInboxModel</name>
    <message>
        <source>(the text is not on this device)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not on the relay&apos;s list (its inbox was full)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You answered: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relais::qt::WorkerPanel</name>
    <message>
        <source>Room (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room where the opening is announced; empty: the planned one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Waiting&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Your conversations&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages left while the permanence was closed, oldest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>including</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue and conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go off duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go on duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a ticket from the queue, or choose one of your conversations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Ticket %1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Ticket %1&lt;/b&gt; · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (sending)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No colleague on duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A colleague on duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer on behalf of the organisation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relais::qt::WorkerQueueModel</name>
    <message>
        <source>French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Ticket %2 · %3 · waiting %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relais::qt::WorkerTicketModel</name>
    <message>
        <source>Ticket %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>awaiting your reply</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relais::qt::Workspace</name>
    <message>
        <source>Not sent: the identity key of %1 changed. It may be a new phone, or someone else. Compare the safety number, then mark them verified; or accept the new key (right-click on their name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is verified on this device, until their identity key changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages go to the new key of %1. It is not verified: compare the safety number when you can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a Relais id (26 letters and digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a conversation first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your request to join %1 waits for a moderator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You joined %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A moderator let you into %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your request to join %1 was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You left %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A report arrived for the moderators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The report reached %n moderator(s).</source>
        <translation>
            <numerusform>The report reached %n moderator.</numerusform>
            <numerusform>The report reached %n moderators.</numerusform>
        </translation>
    </message>
    <message>
        <source>A moderator removed your message from %1: it is gone from every member&apos;s screen and from the relay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered your message: it is under Permanence.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
