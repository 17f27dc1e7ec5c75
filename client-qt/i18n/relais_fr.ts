<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_BE">
<context>
    <name>Discretion</name>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>FailureText</name>
    <message>
        <source>There is no safety number with them yet: exchange a message first.</source>
        <translation>Il n&apos;y a pas encore de numéro de sécurité avec cette personne : échangez d&apos;abord un message.</translation>
    </message>
    <message>
        <source>Their identity key changed: nothing is sent to them until you compare the safety number and verify them, or accept the new key.</source>
        <translation>Sa clé d&apos;identité a changé : rien ne lui est envoyé tant que vous n&apos;avez pas comparé le numéro de sécurité et vérifié cette personne, ou accepté la nouvelle clé.</translation>
    </message>
    <message>
        <source>Not connected to the relay.</source>
        <translation>Pas de connexion au relais.</translation>
    </message>
    <message>
        <source>This profile is not registered.</source>
        <translation>Ce profil n&apos;est pas enregistré.</translation>
    </message>
    <message>
        <source>The relay could not parse a message from this program.</source>
        <translation>Le relais n&apos;a pas pu lire un message de ce programme.</translation>
    </message>
    <message>
        <source>The relay does not know a request this program made.</source>
        <translation>Le relais ne connaît pas une demande de ce programme.</translation>
    </message>
    <message>
        <source>A message was larger than the relay accepts.</source>
        <translation>Un message était plus grand que ce que le relais accepte.</translation>
    </message>
    <message>
        <source>The relay expected a log-in first.</source>
        <translation>Le relais attendait d&apos;abord une connexion au compte.</translation>
    </message>
    <message>
        <source>The connection was already logged in.</source>
        <translation>La connexion était déjà ouverte sur un compte.</translation>
    </message>
    <message>
        <source>The relay did not accept this device&apos;s signature.</source>
        <translation>Le relais n&apos;a pas accepté la signature de cet appareil.</translation>
    </message>
    <message>
        <source>The relay knows no account with this id.</source>
        <translation>Le relais ne connaît aucun compte avec cet identifiant.</translation>
    </message>
    <message>
        <source>The relay does not know this account; it may have been reset.</source>
        <translation>Le relais ne connaît pas ce compte ; il a peut-être été réinitialisé.</translation>
    </message>
    <message>
        <source>The relay asks to slow down; try again in a moment.</source>
        <translation>Le relais demande de ralentir ; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The relay could not store the message; try again later.</source>
        <translation>Le relais n&apos;a pas pu enregistrer le message ; réessayez plus tard.</translation>
    </message>
    <message>
        <source>The relay needs a valid invite code to register.</source>
        <translation>Le relais demande un code d&apos;invitation valable pour s&apos;inscrire.</translation>
    </message>
    <message>
        <source>The relay did not accept the proof of work.</source>
        <translation>Le relais n&apos;a pas accepté la preuve de travail.</translation>
    </message>
    <message>
        <source>The relay refused: this account lacks the role for it.</source>
        <translation>Le relais a refusé : ce compte n&apos;a pas le rôle pour cela.</translation>
    </message>
    <message>
        <source>The relay is shutting down; try again later.</source>
        <translation>Le relais s&apos;arrête ; réessayez plus tard.</translation>
    </message>
    <message>
        <source>The relay is overloaded; try again later.</source>
        <translation>Le relais est surchargé ; réessayez plus tard.</translation>
    </message>
    <message>
        <source>The recipient has too many messages waiting on the relay; nothing was sent. Try again later.</source>
        <translation>La boîte du destinataire sur le relais est pleine ; rien n&apos;a été envoyé. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>You have sent as much as the relay allows in a day; try again later.</source>
        <translation>Vous avez envoyé tout ce que le relais permet en un jour ; réessayez plus tard.</translation>
    </message>
    <message>
        <source>The relay is short of disk space and takes no new messages for now; try again later.</source>
        <translation>Le relais manque d&apos;espace disque et n&apos;accepte plus de nouveaux messages pour l&apos;instant ; réessayez plus tard.</translation>
    </message>
    <message>
        <source>The relay refused a malformed request.</source>
        <translation>Le relais a refusé une demande mal formée.</translation>
    </message>
    <message>
        <source>The relay refused a request.</source>
        <translation>Le relais a refusé une demande.</translation>
    </message>
    <message>
        <source>There is no such room.</source>
        <translation>Ce salon n&apos;existe pas.</translation>
    </message>
    <message>
        <source>You are not a member of that room.</source>
        <translation>Vous n&apos;êtes pas membre de ce salon.</translation>
    </message>
    <message>
        <source>You are already a member of that room.</source>
        <translation>Vous êtes déjà membre de ce salon.</translation>
    </message>
    <message>
        <source>This room is full.</source>
        <translation>Ce salon est complet.</translation>
    </message>
    <message>
        <source>You are banned from that room.</source>
        <translation>Vous êtes banni·e de ce salon.</translation>
    </message>
    <message>
        <source>You are muted in that room for now.</source>
        <translation>Vous ne pouvez pas écrire dans ce salon pour l&apos;instant.</translation>
    </message>
    <message>
        <source>This room admits people only with a moderator&apos;s approval.</source>
        <translation>Ce salon n&apos;admet que sur accord d&apos;un·e modérateur·ice.</translation>
    </message>
    <message>
        <source>This room needs an invite code.</source>
        <translation>Ce salon demande un code d&apos;invitation.</translation>
    </message>
    <message>
        <source>There is no such message in this room.</source>
        <translation>Ce message n&apos;existe pas dans ce salon.</translation>
    </message>
    <message>
        <source>An organisation with this id exists already.</source>
        <translation>Une organisation avec cet identifiant existe déjà.</translation>
    </message>
    <message>
        <source>It exists already.</source>
        <translation>Cela existe déjà.</translation>
    </message>
    <message>
        <source>A room with this id exists already.</source>
        <translation>Un salon avec cet identifiant existe déjà.</translation>
    </message>
    <message>
        <source>There is no such organisation.</source>
        <translation>Cette organisation n&apos;existe pas.</translation>
    </message>
    <message>
        <source>There is no such ticket (it may have ended).</source>
        <translation>Ce ticket n&apos;existe pas (il est peut-être terminé).</translation>
    </message>
    <message>
        <source>Another worker took that ticket first.</source>
        <translation>Un·e autre travailleur·euse a pris ce ticket avant vous.</translation>
    </message>
    <message>
        <source>The permanence is closed.</source>
        <translation>La permanence est fermée.</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>Le message est vide.</translation>
    </message>
    <message>
        <source>The message is longer than %1 KiB.</source>
        <translation>Le message dépasse %1 Kio.</translation>
    </message>
    <message>
        <source>The comment is longer than %1 KiB.</source>
        <translation>Le commentaire dépasse %1 Kio.</translation>
    </message>
    <message>
        <source>That needs another account than this profile&apos;s own.</source>
        <translation>Il faut un autre compte que celui de ce profil.</translation>
    </message>
    <message>
        <source>This device holds no message with that number in that room.</source>
        <translation>Cet appareil n&apos;a aucun message avec ce numéro dans ce salon.</translation>
    </message>
    <message>
        <source>This device holds no conversation for that ticket.</source>
        <translation>Cet appareil n&apos;a aucune conversation pour ce ticket.</translation>
    </message>
    <message>
        <source>No worker has taken the ticket yet; wait for one.</source>
        <translation>Personne n&apos;a encore pris le ticket ; attendez un·e travailleur·euse.</translation>
    </message>
    <message>
        <source>This room has no moderator to send the report to.</source>
        <translation>Ce salon n&apos;a pas de modérateur·ice à qui envoyer le signalement.</translation>
    </message>
    <message>
        <source>The report could not reach any moderator.</source>
        <translation>Le signalement n&apos;a pu atteindre aucun·e modérateur·ice.</translation>
    </message>
    <message>
        <source>This organisation has no worker to read it yet.</source>
        <translation>Cette organisation n&apos;a encore personne pour le lire.</translation>
    </message>
    <message>
        <source>The message could not reach any worker.</source>
        <translation>Le message n&apos;a pu atteindre aucun·e travailleur·euse.</translation>
    </message>
    <message>
        <source>Too many of your messages are waiting for this recipient on the relay; nothing was sent. Try again once they have read them.</source>
        <translation>Trop de vos messages attendent ce·tte destinataire sur le relais ; rien n&apos;a été envoyé. Réessayez une fois qu&apos;ils auront été lus.</translation>
    </message>
    <message>
        <source>Too many messages from your network are waiting for this recipient on the relay; nothing was sent. Try again later.</source>
        <translation>Trop de messages venant de votre réseau attendent ce·tte destinataire sur le relais ; rien n&apos;a été envoyé. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>Too many messages from new accounts of your network are waiting for this recipient on the relay; nothing was sent. Try again later.</source>
        <translation>Trop de messages de nouveaux comptes de votre réseau attendent ce·tte destinataire sur le relais ; rien n&apos;a été envoyé. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>Many accounts of your network posted in rooms just now; try again in a moment.</source>
        <translation>Beaucoup de comptes de votre réseau viennent d&apos;écrire dans des salons ; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The message could not reach any worker: too many messages from your network are waiting for them on the relay. Nothing was sent; try again later.</source>
        <translation>Le message n&apos;a pu atteindre aucun·e travailleur·euse : trop de messages venant de votre réseau les attendent sur le relais. Rien n&apos;a été envoyé ; réessayez plus tard.</translation>
    </message>
    <message>
        <source>The message could not reach any worker: they have too many messages waiting on the relay. Nothing was sent; try again later.</source>
        <translation>Le message n&apos;a pu atteindre aucun·e travailleur·euse : trop de messages les attendent déjà sur le relais. Rien n&apos;a été envoyé ; réessayez plus tard.</translation>
    </message>
    <message>
        <source>The recipient&apos;s keys do not verify; nothing was sent.</source>
        <translation>Les clés du ou de la destinataire ne se vérifient pas ; rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>This device could not sign its keys.</source>
        <translation>Cet appareil n&apos;a pas pu signer ses clés.</translation>
    </message>
    <message>
        <source>A cryptographic operation failed on this device.</source>
        <translation>Une opération cryptographique a échoué sur cet appareil.</translation>
    </message>
    <message>
        <source>The relay asks for more proof of work than this program will do.</source>
        <translation>Le relais demande plus de preuve de travail que ce programme n&apos;en fait.</translation>
    </message>
    <message>
        <source>The relay speaks protocol version %1; this program speaks version %2.</source>
        <translation>Le relais parle la version %1 du protocole ; ce programme parle la version %2.</translation>
    </message>
    <message>
        <source>The relay sent a malformed challenge.</source>
        <translation>Le relais a envoyé un défi mal formé.</translation>
    </message>
    <message>
        <source>The relay sent a second challenge; it was ignored.</source>
        <translation>Le relais a envoyé un second défi ; il a été ignoré.</translation>
    </message>
    <message>
        <source>The relay sent a malformed account id.</source>
        <translation>Le relais a envoyé un identifiant de compte mal formé.</translation>
    </message>
    <message>
        <source>The relay answered a request with the wrong kind of frame.</source>
        <translation>Le relais a répondu à une demande par un mauvais type de trame.</translation>
    </message>
    <message>
        <source>The relay sent the key bundle of another account.</source>
        <translation>Le relais a envoyé les clés d&apos;un autre compte.</translation>
    </message>
    <message>
        <source>The relay answered a request this program did not make.</source>
        <translation>Le relais a répondu à une demande que ce programme n&apos;a pas faite.</translation>
    </message>
    <message>
        <source>The relay sent a message that does not parse; it was ignored.</source>
        <translation>Le relais a envoyé un message illisible ; il a été ignoré.</translation>
    </message>
    <message>
        <source>The relay sent a frame this program does not know; it was ignored.</source>
        <translation>Le relais a envoyé une trame que ce programme ne connaît pas ; elle a été ignorée.</translation>
    </message>
    <message>
        <source>The relay sent a frame this program does not handle; it was ignored.</source>
        <translation>Le relais a envoyé une trame que ce programme ne traite pas ; elle a été ignorée.</translation>
    </message>
    <message>
        <source>The relay delivered an envelope before the log-in.</source>
        <translation>Le relais a remis une enveloppe avant la connexion au compte.</translation>
    </message>
    <message>
        <source>The relay delivered a room entry before the log-in.</source>
        <translation>Le relais a remis une entrée de salon avant la connexion au compte.</translation>
    </message>
    <message>
        <source>The relay sent a malformed room entry; it was ignored.</source>
        <translation>Le relais a envoyé une entrée de salon mal formée ; elle a été ignorée.</translation>
    </message>
    <message>
        <source>The relay sent a malformed room answer; it was ignored.</source>
        <translation>Le relais a envoyé une réponse de salon mal formée ; elle a été ignorée.</translation>
    </message>
    <message>
        <source>The relay sent a malformed notice; it was ignored.</source>
        <translation>Le relais a envoyé un avis mal formé ; il a été ignoré.</translation>
    </message>
    <message>
        <source>The resources directory is empty or damaged.</source>
        <translation>Le répertoire des ressources est vide ou abîmé.</translation>
    </message>
    <message>
        <source>A message that was not sealed for this device was dropped.</source>
        <translation>Un message qui n&apos;était pas scellé pour cet appareil a été écarté.</translation>
    </message>
    <message>
        <source>A message whose keys are not those of the account it names was dropped.</source>
        <translation>Un message dont les clés ne sont pas celles du compte qu&apos;il nomme a été écarté.</translation>
    </message>
    <message>
        <source>An envelope with a malformed sender was dropped.</source>
        <translation>Une enveloppe à l&apos;expéditeur mal formé a été écartée.</translation>
    </message>
    <message>
        <source>A message of an unknown type was dropped.</source>
        <translation>Un message de type inconnu a été écarté.</translation>
    </message>
    <message>
        <source>A message could not be decrypted: there is no session with its sender.</source>
        <translation>Un message n&apos;a pas pu être déchiffré : il n&apos;y a pas de session avec son expéditeur·ice.</translation>
    </message>
    <message>
        <source>A message could not be decrypted and was dropped.</source>
        <translation>Un message n&apos;a pas pu être déchiffré et a été écarté.</translation>
    </message>
    <message>
        <source>A message did not decode and was dropped.</source>
        <translation>Un message était illisible et a été écarté.</translation>
    </message>
    <message>
        <source>A malformed message for an organisation was dropped.</source>
        <translation>Un message mal formé pour une organisation a été écarté.</translation>
    </message>
    <message>
        <source>A malformed report was dropped.</source>
        <translation>Un signalement mal formé a été écarté.</translation>
    </message>
    <message>
        <source>A room key did not decode and was dropped.</source>
        <translation>Une clé de salon était illisible et a été écartée.</translation>
    </message>
    <message>
        <source>A room message could not be decrypted and was dropped.</source>
        <translation>Un message de salon n&apos;a pas pu être déchiffré et a été écarté.</translation>
    </message>
    <message>
        <source>A room message did not decode and was dropped.</source>
        <translation>Un message de salon était illisible et a été écarté.</translation>
    </message>
    <message>
        <source>A room message did not match what the relay recorded and was dropped.</source>
        <translation>Un message de salon ne correspondait pas à ce que le relais a enregistré et a été écarté.</translation>
    </message>
    <message>
        <source>A room message waited too long for its sender&apos;s key and was dropped.</source>
        <translation>Un message de salon a attendu trop longtemps la clé de son expéditeur·ice et a été écarté.</translation>
    </message>
    <message>
        <source>A room message with a malformed sender was dropped.</source>
        <translation>Un message de salon à l&apos;expéditeur mal formé a été écarté.</translation>
    </message>
    <message>
        <source>Something went wrong inside the program.</source>
        <translation>Quelque chose s&apos;est mal passé dans le programme.</translation>
    </message>
    <message>
        <source>The room id</source>
        <translation>L&apos;identifiant du salon</translation>
    </message>
    <message>
        <source>The organisation id</source>
        <translation>L&apos;identifiant de l&apos;organisation</translation>
    </message>
    <message>
        <source>The region</source>
        <translation>La région</translation>
    </message>
    <message>
        <source>The Relais id</source>
        <translation>L&apos;identifiant Relais</translation>
    </message>
    <message>
        <source>The room&apos;s name</source>
        <translation>Le nom du salon</translation>
    </message>
    <message>
        <source>The organisation&apos;s name</source>
        <translation>Le nom de l&apos;organisation</translation>
    </message>
    <message>
        <source>The description</source>
        <translation>La description</translation>
    </message>
    <message>
        <source>The contact line</source>
        <translation>La ligne de contact</translation>
    </message>
    <message>
        <source>The language</source>
        <translation>La langue</translation>
    </message>
    <message>
        <source>Who may join</source>
        <translation>Qui peut entrer</translation>
    </message>
    <message>
        <source>The role</source>
        <translation>Le rôle</translation>
    </message>
    <message>
        <source>The role&apos;s room or organisation</source>
        <translation>Le salon ou l&apos;organisation du rôle</translation>
    </message>
    <message>
        <source>How long the room keeps messages</source>
        <translation>La durée de conservation des messages du salon</translation>
    </message>
    <message>
        <source>How long messages stay</source>
        <translation>La durée de vie des messages</translation>
    </message>
    <message>
        <source>The number of members</source>
        <translation>Le nombre de membres</translation>
    </message>
    <message>
        <source>The moderator action</source>
        <translation>L&apos;action de modération</translation>
    </message>
    <message>
        <source>The message</source>
        <translation>Le message</translation>
    </message>
    <message>
        <source>The duration</source>
        <translation>La durée</translation>
    </message>
    <message>
        <source>The number of uses</source>
        <translation>Le nombre d&apos;utilisations</translation>
    </message>
    <message>
        <source>How long the code works</source>
        <translation>La durée de validité du code</translation>
    </message>
    <message>
        <source>The day of the week</source>
        <translation>Le jour de la semaine</translation>
    </message>
    <message>
        <source>The date</source>
        <translation>La date</translation>
    </message>
    <message>
        <source>The start time</source>
        <translation>L&apos;heure de début</translation>
    </message>
    <message>
        <source>The end time</source>
        <translation>L&apos;heure de fin</translation>
    </message>
    <message>
        <source>The message id</source>
        <translation>L&apos;identifiant du message</translation>
    </message>
    <message>
        <source>The ticket</source>
        <translation>Le ticket</translation>
    </message>
    <message>
        <source>The period</source>
        <translation>La période</translation>
    </message>
    <message>
        <source>The opening hours</source>
        <translation>Les heures d&apos;ouverture</translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation>%1 manque.</translation>
    </message>
    <message>
        <source>%1 is longer than %2 bytes.</source>
        <translation>%1 dépasse %2 octets.</translation>
    </message>
    <message>
        <source>%1 is above its limit of %2.</source>
        <translation>%1 dépasse sa limite de %2.</translation>
    </message>
    <message>
        <source>%1 is not one this relay knows.</source>
        <translation>%1 n&apos;est pas connu·e de ce relais.</translation>
    </message>
    <message>
        <source>%1: no more than %2.</source>
        <translation>%1 : pas plus de %2.</translation>
    </message>
    <message>
        <source>%1 is not allowed here.</source>
        <translation>%1 n&apos;est pas permis·e ici.</translation>
    </message>
    <message>
        <source>%1 is not written as it should be.</source>
        <translation>%1 n&apos;est pas écrit·e comme il faut.</translation>
    </message>
    <message>
        <source>A name must not be empty.</source>
        <translation>Un nom ne peut pas être vide.</translation>
    </message>
    <message>
        <source>A name is at most %1 bytes long.</source>
        <translation>Un nom fait au plus %1 octets.</translation>
    </message>
    <message>
        <source>A name must not contain control characters (tabs, line breaks).</source>
        <translation>Un nom ne peut pas contenir de caractères de contrôle (tabulations, retours à la ligne).</translation>
    </message>
    <message>
        <source>A name must not start or end with a space.</source>
        <translation>Un nom ne peut ni commencer ni finir par une espace.</translation>
    </message>
    <message>
        <source>Another contact already has this id.</source>
        <translation>Un autre contact a déjà cet identifiant.</translation>
    </message>
    <message>
        <source>A part of the request</source>
        <translation>Une partie de la demande</translation>
    </message>
    <message>
        <source>The relay address must start with ws:// or wss://.</source>
        <translation>L&apos;adresse du relais doit commencer par ws:// ou wss://.</translation>
    </message>
    <message>
        <source>The relay address must not carry a user name.</source>
        <translation>L&apos;adresse du relais ne doit pas contenir de nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>The relay address has an unclosed &apos;[&apos;.</source>
        <translation>L&apos;adresse du relais a un « [ » non refermé.</translation>
    </message>
    <message>
        <source>The relay address has something unexpected after its host.</source>
        <translation>L&apos;adresse du relais contient quelque chose d&apos;inattendu après le nom d&apos;hôte.</translation>
    </message>
    <message>
        <source>The relay address has an empty port.</source>
        <translation>L&apos;adresse du relais a un port vide.</translation>
    </message>
    <message>
        <source>The relay address has a malformed IPv6 host.</source>
        <translation>L&apos;adresse IPv6 du relais est mal formée.</translation>
    </message>
    <message>
        <source>The relay address has no host.</source>
        <translation>L&apos;adresse du relais n&apos;a pas de nom d&apos;hôte.</translation>
    </message>
    <message>
        <source>The relay address has a malformed host.</source>
        <translation>Le nom d&apos;hôte du relais est mal formé.</translation>
    </message>
    <message>
        <source>The relay address has a malformed port.</source>
        <translation>Le port du relais est mal formé.</translation>
    </message>
    <message>
        <source>The relay port must be between 1 and 65535.</source>
        <translation>Le port du relais doit être compris entre 1 et 65535.</translation>
    </message>
    <message>
        <source>The relay address has a malformed path.</source>
        <translation>Le chemin de l&apos;adresse du relais est mal formé.</translation>
    </message>
    <message>
        <source>The relay address is not usable.</source>
        <translation>L&apos;adresse du relais n&apos;est pas utilisable.</translation>
    </message>
    <message>
        <source>The relay at %1 cannot be reached. Check the address and the connection.</source>
        <translation>Impossible de joindre le relais à %1. Vérifiez l&apos;adresse et la connexion.</translation>
    </message>
    <message>
        <source>The relay at %1 did not answer in time.</source>
        <translation>Le relais à %1 n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>The relay at %1 could not prove who it is: its certificate is not trusted.</source>
        <translation>Le relais à %1 n&apos;a pas pu prouver son identité : son certificat n&apos;est pas reconnu.</translation>
    </message>
    <message>
        <source>The relay at %1 sent something this program does not accept.</source>
        <translation>Le relais à %1 a envoyé quelque chose que ce programme n&apos;accepte pas.</translation>
    </message>
    <message>
        <source>The certificate file given for the relay cannot be used.</source>
        <translation>Le fichier de certificat indiqué pour le relais n&apos;est pas utilisable.</translation>
    </message>
    <message>
        <source>The connection to the relay at %1 failed.</source>
        <translation>La connexion au relais à %1 a échoué.</translation>
    </message>
    <message>
        <source>this device does not allow writing there</source>
        <translation>cet appareil ne permet pas d&apos;y écrire</translation>
    </message>
    <message>
        <source>the folder is missing</source>
        <translation>le dossier n&apos;existe pas</translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation>le fichier est endommagé</translation>
    </message>
    <message>
        <source>the disk refused (it may be full or read-only)</source>
        <translation>le disque a refusé (il est peut-être plein ou en lecture seule)</translation>
    </message>
    <message>
        <source>the disk refused</source>
        <translation>le disque a refusé</translation>
    </message>
    <message>
        <source>You are not on duty for this organisation: go on duty first.</source>
        <translation>Vous n&apos;êtes pas de permanence pour cette organisation : commencez d&apos;abord votre permanence.</translation>
    </message>
    <message>
        <source>This conversation was handed to a colleague; you can no longer write in it.</source>
        <translation>Cette conversation a été transférée à un·e collègue ; vous ne pouvez plus y écrire.</translation>
    </message>
    <message>
        <source>That colleague is not on duty now; choose another one.</source>
        <translation>Ce ou cette collègue n&apos;est pas de permanence en ce moment ; choisissez-en un·e autre.</translation>
    </message>
    <message>
        <source>The person has not come back since the relay restarted; write once she is back.</source>
        <translation>La personne n&apos;est pas revenue depuis le redémarrage du relais ; écrivez-lui quand elle sera de retour.</translation>
    </message>
    <message>
        <source>This message is not on this device any more.</source>
        <translation>Ce message n&apos;est plus sur cet appareil.</translation>
    </message>
    <message>
        <source>A message for a permanence conversation this device does not hold was dropped.</source>
        <translation>Un message a été écarté : il appartient à une conversation de permanence absente de cet appareil.</translation>
    </message>
    <message>
        <source>This report is not on this device any more.</source>
        <translation>Ce signalement n&apos;est plus sur cet appareil.</translation>
    </message>
    <message>
        <source>The relay&apos;s inbox does not list this message (it was full when it came): it cannot be marked handled for your colleagues.</source>
        <translation>La boîte du relais ne liste pas ce message (elle était pleine quand il est arrivé) : il ne peut pas être marqué comme traité pour vos collègues.</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Quick exit</source>
        <translation>Sortie rapide</translation>
    </message>
    <message>
        <source>Press Escape twice, or the Quick exit button: every window disappears at once and the profile is locked. Open the program again and type your passphrase to come back.</source>
        <translation>Appuyez deux fois sur Échap, ou sur le bouton Sortie rapide : toutes les fenêtres disparaissent d&apos;un coup et le profil est verrouillé. Rouvrez le programme et tapez votre phrase secrète pour revenir.</translation>
    </message>
    <message>
        <source>What stays on this computer</source>
        <translation>Ce qui reste sur cet ordinateur</translation>
    </message>
    <message>
        <source>Your messages, contacts and keys are kept in one encrypted file, readable only with your passphrase. Nobody can recover the passphrase: if it is forgotten, the profile is lost.</source>
        <translation>Vos messages, contacts et clés sont gardés dans un seul fichier chiffré, lisible seulement avec votre phrase secrète. Personne ne peut retrouver la phrase secrète : si elle est oubliée, le profil est perdu.</translation>
    </message>
    <message>
        <source>A search of the computer can still show that the program is installed, that the folder %1 exists and how big it is, when it last changed, and the preferences file %2 (language, lock time; no messages).</source>
        <translation>Une fouille de l&apos;ordinateur peut encore montrer que le programme est installé, que le dossier %1 existe et sa taille, quand il a changé pour la dernière fois, et le fichier de préférences %2 (langue, délai de verrouillage ; aucun message).</translation>
    </message>
    <message>
        <source>Turn on discretion in the settings to give the window a neutral title and icon. Keep message text out of notifications unless you are alone with this computer.</source>
        <translation>Activez la discrétion dans les réglages pour donner à la fenêtre un titre et une icône neutres. Ne montrez pas le texte des messages dans les notifications, sauf si vous êtes seul·e avec cet ordinateur.</translation>
    </message>
    <message>
        <source>Removing the program and its data</source>
        <translation>Supprimer le programme et ses données</translation>
    </message>
    <message>
        <source>Quit the program.</source>
        <translation>Quittez le programme.</translation>
    </message>
    <message>
        <source>Delete the folder %1 (this erases the profile for good).</source>
        <translation>Supprimez le dossier %1 (cela efface le profil pour de bon).</translation>
    </message>
    <message>
        <source>Uninstall the program with your system&apos;s software tool (for example: sudo apt remove relais), and empty the trash.</source>
        <translation>Désinstallez le programme avec l&apos;outil logiciel de votre système (par exemple : sudo apt remove relais), puis videz la corbeille.</translation>
    </message>
    <message>
        <source>The relay keeps no name, no telephone number and no address of yours. Your account there stops being used when the profile is deleted.</source>
        <translation>Le relais ne garde ni votre nom, ni votre numéro de téléphone, ni votre adresse. Votre compte n&apos;y sert plus dès que le profil est supprimé.</translation>
    </message>
</context>
<context>
    <name>Notification</name>
    <message>
        <source>Something new arrived.</source>
        <translation>Du nouveau est arrivé.</translation>
    </message>
    <message>
        <source>%1 in %2: %3</source>
        <translation>%1 dans %2 : %3</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <source>Choose a passphrase.</source>
        <translation>Choisissez une phrase secrète.</translation>
    </message>
    <message>
        <source>Weak: a few words nobody would link to you are easier to remember and harder to guess.</source>
        <translation>Faible : quelques mots que personne ne relierait à vous sont plus faciles à retenir et plus durs à deviner.</translation>
    </message>
    <message>
        <source>Fair: one or two more words would make it much stronger.</source>
        <translation>Moyenne : un ou deux mots de plus la rendraient bien plus solide.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Solide.</translation>
    </message>
</context>
<context>
    <name>relais::qt::AdminDialog</name>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>For the relay&apos;s admins (invite codes for an invite room: its moderators too). The relay refuses anyone else.</source>
        <translation>Pour les admins du relais (les codes d&apos;invitation d&apos;un salon sur invitation : aussi ses modérateurs). Le relais refuse toute autre personne.</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>New room</source>
        <translation>Nouveau salon</translation>
    </message>
    <message>
        <source>Invite code</source>
        <translation>Code d&apos;invitation</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Nouvelle organisation</translation>
    </message>
    <message>
        <source>Here is the code; it works until %1.</source>
        <translation>Voici le code ; il sert jusqu&apos;au %1.</translation>
    </message>
    <message>
        <source>Here is the code.</source>
        <translation>Voici le code.</translation>
    </message>
    <message>
        <source>26 letters and digits, as &quot;My id&quot; shows it</source>
        <translation>26 lettres et chiffres, comme « Mon identifiant » l&apos;affiche</translation>
    </message>
    <message>
        <source>Relais id</source>
        <translation>Identifiant Relais</translation>
    </message>
    <message>
        <source>Moderator of a room</source>
        <translation>Modérateur·ice d&apos;un salon</translation>
    </message>
    <message>
        <source>Outreach worker of an organisation</source>
        <translation>Travailleur·euse de terrain d&apos;une organisation</translation>
    </message>
    <message>
        <source>Admin of the relay</source>
        <translation>Admin du relais</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Room or organisation id</source>
        <translation>Identifiant du salon ou de l&apos;organisation</translation>
    </message>
    <message>
        <source>Give the role</source>
        <translation>Donner le rôle</translation>
    </message>
    <message>
        <source>Take the role away</source>
        <translation>Retirer le rôle</translation>
    </message>
    <message>
        <source>Asking the relay…</source>
        <translation>Demande au relais…</translation>
    </message>
    <message>
        <source>lowercase letters, digits, &apos;-&apos;: liege</source>
        <translation>lettres minuscules, chiffres, « - » : liege</translation>
    </message>
    <message>
        <source>Room id</source>
        <translation>Identifiant du salon</translation>
    </message>
    <message>
        <source>Name in French</source>
        <translation>Nom en français</translation>
    </message>
    <message>
        <source>Name in Dutch</source>
        <translation>Nom en néerlandais</translation>
    </message>
    <message>
        <source>Open: anyone may join</source>
        <translation>Ouvert : tout le monde peut entrer</translation>
    </message>
    <message>
        <source>Knock: a moderator lets people in</source>
        <translation>Sur demande : un·e modérateur·ice fait entrer</translation>
    </message>
    <message>
        <source>Invite: with a code only</source>
        <translation>Sur invitation : avec un code seulement</translation>
    </message>
    <message>
        <source>Who may join</source>
        <translation>Qui peut entrer</translation>
    </message>
    <message>
        <source>optional: the city&apos;s room, for the resources</source>
        <translation>facultatif : le salon de la ville, pour les ressources</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Create the room</source>
        <translation>Créer le salon</translation>
    </message>
    <message>
        <source>empty: a code to register on this relay</source>
        <translation>vide : un code pour s&apos;inscrire sur ce relais</translation>
    </message>
    <message>
        <source>Invite room id</source>
        <translation>Identifiant du salon sur invitation</translation>
    </message>
    <message>
        <source>Works this many times</source>
        <translation>Nombre d&apos;utilisations</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>the relay&apos;s default (a week)</source>
        <translation>la durée par défaut du relais (une semaine)</translation>
    </message>
    <message>
        <source>Valid for</source>
        <translation>Valable pendant</translation>
    </message>
    <message>
        <source>Create a code</source>
        <translation>Créer un code</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>lowercase letters, digits, &apos;-&apos;: espace-p</source>
        <translation>lettres minuscules, chiffres, « - » : espace-p</translation>
    </message>
    <message>
        <source>Organisation id</source>
        <translation>Identifiant de l&apos;organisation</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>What it offers</source>
        <translation>Ce qu&apos;elle propose</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>How to reach it</source>
        <translation>Comment la joindre</translation>
    </message>
    <message>
        <source>Create the organisation</source>
        <translation>Créer l&apos;organisation</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>relais::qt::AdminRequests</name>
    <message>
        <source>This is not a Relais id (26 letters and digits).</source>
        <translation>Ce n&apos;est pas un identifiant Relais (26 lettres et chiffres).</translation>
    </message>
    <message>
        <source>The admin role is for the whole relay: give no room.</source>
        <translation>Le rôle d&apos;admin vaut pour tout le relais : n&apos;indiquez pas de salon.</translation>
    </message>
    <message>
        <source>Give the id of the room, such as brussels.</source>
        <translation>Indiquez l&apos;identifiant du salon, par exemple brussels.</translation>
    </message>
    <message>
        <source>Give the id of the organisation, such as espace-p.</source>
        <translation>Indiquez l&apos;identifiant de l&apos;organisation, par exemple espace-p.</translation>
    </message>
    <message>
        <source>The role is moderator, outreach worker or admin.</source>
        <translation>Le rôle est modérateur·ice, travailleur·euse de terrain ou admin.</translation>
    </message>
    <message>
        <source>Languages are two-letter codes separated by commas: fr, nl, en.</source>
        <translation>Les langues sont des codes de deux lettres séparés par des virgules : fr, nl, en.</translation>
    </message>
    <message>
        <source>Give at most %1 languages.</source>
        <translation>Indiquez au plus %1 langues.</translation>
    </message>
    <message>
        <source>A room id is 1 to %1 lowercase letters, digits or &apos;-&apos;.</source>
        <translation>Un identifiant de salon compte de 1 à %1 lettres minuscules, chiffres ou « - ».</translation>
    </message>
    <message>
        <source>A room needs a name in French and in Dutch.</source>
        <translation>Un salon a besoin d&apos;un nom en français et en néerlandais.</translation>
    </message>
    <message>
        <source>A room name is at most %1 bytes.</source>
        <translation>Un nom de salon fait au plus %1 octets.</translation>
    </message>
    <message>
        <source>The join policy is open, knock or invite.</source>
        <translation>L&apos;accès est ouvert, sur demande ou sur invitation.</translation>
    </message>
    <message>
        <source>A region is a room id, such as brussels.</source>
        <translation>Une région est un identifiant de salon, par exemple brussels.</translation>
    </message>
    <message>
        <source>An organisation id is 1 to %1 lowercase letters, digits or &apos;-&apos;.</source>
        <translation>Un identifiant d&apos;organisation compte de 1 à %1 lettres minuscules, chiffres ou « - ».</translation>
    </message>
    <message>
        <source>An organisation&apos;s name is 1 to %1 bytes.</source>
        <translation>Le nom d&apos;une organisation fait de 1 à %1 octets.</translation>
    </message>
    <message>
        <source>A description is at most %1 bytes.</source>
        <translation>Une description fait au plus %1 octets.</translation>
    </message>
    <message>
        <source>A contact line is at most %1 bytes.</source>
        <translation>Une ligne de contact fait au plus %1 octets.</translation>
    </message>
    <message>
        <source>The profile is locked.</source>
        <translation>Le profil est verrouillé.</translation>
    </message>
    <message>
        <source>%1 has the role now.</source>
        <translation>%1 a maintenant ce rôle.</translation>
    </message>
    <message>
        <source>%1 no longer has the role.</source>
        <translation>%1 n&apos;a plus ce rôle.</translation>
    </message>
    <message>
        <source>The room %1 was created.</source>
        <translation>Le salon %1 a été créé.</translation>
    </message>
    <message>
        <source>A code works from 1 to %1 times.</source>
        <translation>Un code sert de 1 à %1 fois.</translation>
    </message>
    <message>
        <source>A code is valid for at most %1 days.</source>
        <translation>Un code est valable au plus %1 jours.</translation>
    </message>
    <message>
        <source>The organisation %1 was created.</source>
        <translation>L&apos;organisation %1 a été créée.</translation>
    </message>
</context>
<context>
    <name>relais::qt::ChatPage</name>
    <message>
        <source>Safety number</source>
        <translation>Numéro de sécurité</translation>
    </message>
    <message>
        <source>Mark verified (the safety numbers match)</source>
        <translation>Marquer vérifiée (les numéros de sécurité correspondent)</translation>
    </message>
    <message>
        <source>Accept the new identity key without comparing</source>
        <translation>Accepter la nouvelle clé d&apos;identité sans comparer</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rooms&lt;/b&gt;</source>
        <translation>&lt;b&gt;Salons&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Direct conversations&lt;/b&gt;</source>
        <translation>&lt;b&gt;Conversations privées&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Join this room</source>
        <translation>Rejoindre ce salon</translation>
    </message>
    <message>
        <source>Write a message</source>
        <translation>Écrire un message</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>Outreach desk</source>
        <translation>Bureau de permanence</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Permanence</source>
        <translation>Permanence</translation>
    </message>
    <message>
        <source>Moderation</source>
        <translation>Modération</translation>
    </message>
    <message>
        <source>Choose a room or a conversation on the left.</source>
        <translation>Choisissez un salon ou une conversation à gauche.</translation>
    </message>
    <message>
        <source>Safety alert</source>
        <translation>Alerte de sécurité</translation>
    </message>
    <message>
        <source>Write privately</source>
        <translation>Écrire en privé</translation>
    </message>
    <message>
        <source>Mute for an hour</source>
        <translation>Rendre muet·te pour une heure</translation>
    </message>
    <message>
        <source>Remove from the room</source>
        <translation>Retirer du salon</translation>
    </message>
    <message>
        <source>Ban from the room</source>
        <translation>Bannir du salon</translation>
    </message>
    <message>
        <source>Report this message…</source>
        <translation>Signaler ce message…</translation>
    </message>
    <message>
        <source>Remove this message</source>
        <translation>Supprimer ce message</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Signaler</translation>
    </message>
    <message>
        <source>Why do you report it?</source>
        <translation>Pourquoi le signalez-vous ?</translation>
    </message>
    <message>
        <source>A comment for the moderators (optional):</source>
        <translation>Un commentaire pour les modérateur·ices (facultatif) :</translation>
    </message>
    <message>
        <source>Write to an id…</source>
        <translation>Écrire à un identifiant…</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>Nouvelle conversation</translation>
    </message>
    <message>
        <source>The person&apos;s Relais id (26 letters and digits; they see it in their profile):</source>
        <translation>L&apos;identifiant Relais de la personne (26 lettres et chiffres ; elle le voit dans son profil) :</translation>
    </message>
    <message>
        <source>A name for this person, on this computer only:</source>
        <translation>Un nom pour cette personne, sur cet ordinateur seulement :</translation>
    </message>
    <message>
        <source>Leave this room</source>
        <translation>Quitter ce salon</translation>
    </message>
    <message>
        <source>Invite code</source>
        <translation>Code d&apos;invitation</translation>
    </message>
    <message>
        <source>%1 admits members with an invite code from its moderators. The code:</source>
        <translation>%1 n&apos;admet que les membres avec un code d&apos;invitation de sa modération. Le code :</translation>
    </message>
    <message>
        <source>Chat permanences (Brussels time)</source>
        <translation>Permanences de chat (heure de Bruxelles)</translation>
    </message>
    <message>
        <source>Mark verified</source>
        <translation>Marquer comme vérifié·e</translation>
    </message>
    <message>
        <source>Accept the new key</source>
        <translation>Accepter la nouvelle clé</translation>
    </message>
</context>
<context>
    <name>relais::qt::ConversationModel</name>
    <message>
        <source>a moderator</source>
        <translation>modérateur·ice</translation>
    </message>
    <message>
        <source>an outreach worker</source>
        <translation>travailleur·euse de terrain</translation>
    </message>
    <message>
        <source>an administrator</source>
        <translation>administrateur·ice</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>sending…</source>
        <translation>envoi…</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>envoyé</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>non envoyé</translation>
    </message>
    <message>
        <source>Safety alert</source>
        <translation>Alerte de sécurité</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>quelqu&apos;un</translation>
    </message>
    <message>
        <source>%1 joined the room.</source>
        <translation>%1 a rejoint le salon.</translation>
    </message>
    <message>
        <source>%1 left the room.</source>
        <translation>%1 a quitté le salon.</translation>
    </message>
    <message>
        <source>%1 was removed from the room by a moderator.</source>
        <translation>%1 a été retiré·e du salon par la modération.</translation>
    </message>
    <message>
        <source>%1 was banned by a moderator.</source>
        <translation>%1 a été banni·e par la modération.</translation>
    </message>
    <message>
        <source>%1 may join again.</source>
        <translation>%1 peut de nouveau rejoindre le salon.</translation>
    </message>
    <message>
        <source>%1 may write again.</source>
        <translation>%1 peut de nouveau écrire.</translation>
    </message>
    <message>
        <source>%1 was muted until %2.</source>
        <translation>%1 ne peut plus écrire jusqu’à %2.</translation>
    </message>
    <message>
        <source>A moderator removed a message.</source>
        <translation>La modération a supprimé un message.</translation>
    </message>
    <message>
        <source>A moderator pinned a safety alert.</source>
        <translation>La modération a épinglé une alerte de sécurité.</translation>
    </message>
    <message>
        <source>A moderator unpinned the safety alert.</source>
        <translation>La modération a retiré l&apos;alerte épinglée.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 est maintenant %2.</translation>
    </message>
    <message>
        <source>%1 is no longer %2.</source>
        <translation>%1 n&apos;est plus %2.</translation>
    </message>
    <message>
        <source>A chat permanence opened.</source>
        <translation>Une permanence de chat a commencé.</translation>
    </message>
    <message>
        <source>The chat permanence closed.</source>
        <translation>La permanence de chat est terminée.</translation>
    </message>
    <message>
        <source>Something changed in the room.</source>
        <translation>Quelque chose a changé dans le salon.</translation>
    </message>
    <message>
        <source>a member</source>
        <translation>un membre</translation>
    </message>
    <message>
        <source>A moderator removed you from this room. You can join it again.</source>
        <translation>La modération vous a retiré·e de ce salon. Vous pouvez le rejoindre à nouveau.</translation>
    </message>
    <message>
        <source>A moderator banned you from this room: you can no longer read or write here, nor join again, unless a moderator lifts the ban.</source>
        <translation>La modération vous a banni·e de ce salon : vous ne pouvez plus y lire ni y écrire, ni le rejoindre, sauf si un·e modérateur·ice lève le bannissement.</translation>
    </message>
    <message>
        <source>A moderator lifted your ban: you can join this room again.</source>
        <translation>La modération a levé votre bannissement : vous pouvez rejoindre ce salon à nouveau.</translation>
    </message>
    <message>
        <source>A moderator lifted your mute: you can write again.</source>
        <translation>La modération vous a rendu la parole : vous pouvez écrire à nouveau.</translation>
    </message>
    <message>
        <source>A moderator muted you until %1: you can read, and write again after that.</source>
        <translation>La modération vous empêche d&apos;écrire jusqu&apos;au %1 : vous pouvez lire, et écrire à nouveau ensuite.</translation>
    </message>
</context>
<context>
    <name>relais::qt::EngineHost</name>
    <message>
        <source>Warning: the identity key of %1 changed. It may be a new phone, or someone else: nothing is sent to them until you compare the safety number and mark them verified, or accept the new key.</source>
        <translation>Attention : la clé d&apos;identité de %1 a changé. C&apos;est peut-être un nouveau téléphone, ou quelqu&apos;un d&apos;autre : rien ne lui est envoyé tant que vous n&apos;avez pas comparé le numéro de sécurité et marqué la personne vérifiée, ou accepté la nouvelle clé.</translation>
    </message>
    <message>
        <source>No profile folder.</source>
        <translation>Aucun dossier de profil.</translation>
    </message>
    <message>
        <source>There is already a profile in %1; unlock it instead.</source>
        <translation>Il y a déjà un profil dans %1 ; déverrouillez-le plutôt.</translation>
    </message>
    <message>
        <source>The passphrase is empty.</source>
        <translation>La phrase secrète est vide.</translation>
    </message>
    <message>
        <source>The CA file %1 cannot be read.</source>
        <translation>Le fichier de CA %1 est illisible.</translation>
    </message>
    <message>
        <source>There is no profile in %1.</source>
        <translation>Il n&apos;y a pas de profil dans %1.</translation>
    </message>
    <message>
        <source>Wrong passphrase.</source>
        <translation>Phrase secrète incorrecte.</translation>
    </message>
    <message>
        <source>The profile in %1 is damaged.</source>
        <translation>Le profil dans %1 est endommagé.</translation>
    </message>
    <message>
        <source>The profile is open in another program; close it first.</source>
        <translation>Le profil est ouvert dans un autre programme ; fermez-le d’abord.</translation>
    </message>
    <message>
        <source>The profile in %1 is not registered.</source>
        <translation>Le profil dans %1 n&apos;est pas inscrit.</translation>
    </message>
    <message>
        <source>The profile is locked.</source>
        <translation>Le profil est verrouillé.</translation>
    </message>
    <message>
        <source>The passphrase is being changed already.</source>
        <translation>La phrase secrète est déjà en cours de changement.</translation>
    </message>
    <message>
        <source>The new passphrase is empty.</source>
        <translation>La nouvelle phrase secrète est vide.</translation>
    </message>
    <message>
        <source>The new passphrase is too weak; add a few words.</source>
        <translation>La nouvelle phrase secrète est trop faible ; ajoutez quelques mots.</translation>
    </message>
    <message>
        <source>The new passphrase is the same as the current one.</source>
        <translation>La nouvelle phrase secrète est la même que l&apos;actuelle.</translation>
    </message>
    <message>
        <source>The profile could not be read.</source>
        <translation>Le profil n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <source>The current passphrase is wrong.</source>
        <translation>La phrase secrète actuelle est fausse.</translation>
    </message>
    <message>
        <source>The profile could not be read: %1</source>
        <translation>Le profil n&apos;a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>The passphrase could not be changed: %1</source>
        <translation>La phrase secrète n&apos;a pas pu être changée : %1</translation>
    </message>
    <message>
        <source>The relay closed the connection.</source>
        <translation>Le relais a fermé la connexion.</translation>
    </message>
    <message>
        <source>The profile could not be saved: %1</source>
        <translation>Le profil n&apos;a pas pu être enregistré : %1</translation>
    </message>
    <message>
        <source>The profile could not be created in %1: %2</source>
        <translation>Le profil n&apos;a pas pu être créé dans %1 : %2</translation>
    </message>
    <message>
        <source>The relay address is not usable.</source>
        <translation>L&apos;adresse du relais n&apos;est pas utilisable.</translation>
    </message>
    <message>
        <source>The pseudonym is not usable: %1</source>
        <translation>Le pseudonyme n&apos;est pas utilisable : %1</translation>
    </message>
</context>
<context>
    <name>relais::qt::MainWindow</name>
    <message>
        <source>Locked after a time without use.</source>
        <translation>Verrouillé après un temps sans utilisation.</translation>
    </message>
    <message>
        <source>Your profile was created.</source>
        <translation>Votre profil a été créé.</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>Sortie rapide</translation>
    </message>
    <message>
        <source>Hides everything at once and locks (or press Escape twice).</source>
        <translation>Cache tout d&apos;un coup et verrouille (ou appuyez deux fois sur Échap).</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <source>Passphrase…</source>
        <translation>Phrase secrète…</translation>
    </message>
    <message>
        <source>Change the passphrase of this profile.</source>
        <translation>Changer la phrase secrète de ce profil.</translation>
    </message>
    <message>
        <source>Administration…</source>
        <translation>Administration…</translation>
    </message>
    <message>
        <source>Roles, rooms, invite codes and organisations (admins).</source>
        <translation>Rôles, salons, codes d&apos;invitation et organisations (admins).</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Offline; trying again</source>
        <translation>Hors ligne ; nouvel essai bientôt</translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation>La phrase secrète a été changée.</translation>
    </message>
    <message>
        <source>My id</source>
        <translation>Mon identifiant</translation>
    </message>
    <message>
        <source>&lt;p&gt;Pseudonym: &lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Relais id (give it to someone who wants to write to you):&lt;br&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Pseudonyme : &lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Identifiant Relais (à donner à qui veut vous écrire) :&lt;br&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>relais::qt::MemberModel</name>
    <message>
        <source>If they read you the same digits (in person, or in a call where you know their voice), nobody is in the middle: mark them verified with the button below.</source>
        <translation>Si cette personne vous lit les mêmes chiffres (en personne, ou lors d&apos;un appel où vous reconnaissez sa voix), personne n&apos;est au milieu : marquez-la vérifiée avec le bouton en dessous.</translation>
    </message>
    <message>
        <source>identity key changed: compare the safety number</source>
        <translation>clé d&apos;identité changée : comparez le numéro de sécurité</translation>
    </message>
    <message>
        <source>name like someone you know: it may not be them</source>
        <translation>nom semblable à celui d&apos;une personne connue : ce n&apos;est peut-être pas elle</translation>
    </message>
    <message>
        <source>(you)</source>
        <translation>(vous)</translation>
    </message>
    <message>
        <source>moderator</source>
        <translation>modérateur·ice</translation>
    </message>
    <message>
        <source>outreach worker</source>
        <translation>travailleur·euse de terrain</translation>
    </message>
    <message>
        <source>Safety number:</source>
        <translation>Numéro de sécurité :</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>vérifié</translation>
    </message>
</context>
<context>
    <name>relais::qt::ModLogModel</name>
    <message>
        <source>moderator</source>
        <translation>modérateur·ice</translation>
    </message>
    <message>
        <source>outreach worker</source>
        <translation>travailleur·euse de terrain</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>admin</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
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
        <translation>Quelqu&apos;un</translation>
    </message>
    <message>
        <source>%1 let %2 in</source>
        <translation>%1 a fait entrer %2</translation>
    </message>
    <message>
        <source>%1 refused %2</source>
        <translation>%1 a refusé %2</translation>
    </message>
    <message>
        <source>%1 removed %2 from the room</source>
        <translation>%1 a retiré %2 du salon</translation>
    </message>
    <message>
        <source>%1 banned %2</source>
        <translation>%1 a banni %2</translation>
    </message>
    <message>
        <source>%1 lifted the ban on %2</source>
        <translation>%1 a levé le bannissement de %2</translation>
    </message>
    <message>
        <source>%1 let %2 speak again</source>
        <translation>%1 a rendu la parole à %2</translation>
    </message>
    <message>
        <source>%1 muted %2 for %3</source>
        <translation>%1 a rendu %2 muet pendant %3</translation>
    </message>
    <message>
        <source>%1 removed message %2</source>
        <translation>%1 a retiré le message %2</translation>
    </message>
    <message>
        <source>%1 pinned message %2</source>
        <translation>%1 a épinglé le message %2</translation>
    </message>
    <message>
        <source>%1 pinned message %2 for %3</source>
        <translation>%1 a épinglé le message %2 pendant %3</translation>
    </message>
    <message>
        <source>%1 unpinned message %2</source>
        <translation>%1 a détaché le message %2</translation>
    </message>
    <message>
        <source>%1 made %2 %3</source>
        <translation>%1 a nommé %2 %3</translation>
    </message>
    <message>
        <source>%1 took the %3 role from %2</source>
        <translation>%1 a retiré le rôle %3 à %2</translation>
    </message>
    <message>
        <source>By: %1</source>
        <translation>Par : %1</translation>
    </message>
    <message>
        <source>About: %1</source>
        <translation>Concerne : %1</translation>
    </message>
    <message>
        <source>Reading the log…</source>
        <translation>Lecture du journal…</translation>
    </message>
    <message>
        <source>Nothing in the log yet.</source>
        <translation>Rien dans le journal pour l&apos;instant.</translation>
    </message>
    <message>
        <source>The relay did not give the log: %1</source>
        <translation>Le relais n&apos;a pas donné le journal : %1</translation>
    </message>
    <message>
        <source>member</source>
        <translation>membre</translation>
    </message>
    <message>
        <source>%1 did something this program does not know</source>
        <translation>%1 a fait une action que ce programme ne connaît pas</translation>
    </message>
</context>
<context>
    <name>relais::qt::ModerationPanel</name>
    <message>
        <source>Requests and reports</source>
        <translation>Demandes et signalements</translation>
    </message>
    <message>
        <source>Join requests</source>
        <translation>Demandes d&apos;accès</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Signalements</translation>
    </message>
    <message>
        <source>Remove the message</source>
        <translation>Supprimer le message</translation>
    </message>
    <message>
        <source>Ban the sender</source>
        <translation>Bannir l&apos;auteur·ice</translation>
    </message>
    <message>
        <source>✔ verified: the relay confirms this person sent exactly this text. A report that is not verified may be forged.</source>
        <translation>✔ vérifié : le relais confirme que cette personne a envoyé exactement ce texte. Un signalement non vérifié peut être falsifié.</translation>
    </message>
    <message>
        <source>Safety alert</source>
        <translation>Alerte de sécurité</translation>
    </message>
    <message>
        <source>A warning for everyone in the room</source>
        <translation>Un avertissement pour tout le salon</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Épingler</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>%1 · since %2</source>
        <translation>%1 · depuis %2</translation>
    </message>
    <message>
        <source>Nobody is waiting.</source>
        <translation>Personne n&apos;attend.</translation>
    </message>
    <message>
        <source>Mark as handled</source>
        <translation>Marquer comme traité</translation>
    </message>
    <message>
        <source>Show the handled reports</source>
        <translation>Afficher les signalements traités</translation>
    </message>
</context>
<context>
    <name>relais::qt::PassphraseDialog</name>
    <message>
        <source>Change the passphrase</source>
        <translation>Changer la phrase secrète</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Phrase secrète actuelle</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>The new one again</source>
        <translation>La nouvelle, encore une fois</translation>
    </message>
    <message>
        <source>Nobody can recover a forgotten passphrase, not even the relay&apos;s operators: without it, the profile is lost.</source>
        <translation>Personne ne peut retrouver une phrase secrète oubliée, pas même les gestionnaires du relais : sans elle, le profil est perdu.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Changer</translation>
    </message>
    <message>
        <source>Give the current passphrase.</source>
        <translation>Indiquez la phrase secrète actuelle.</translation>
    </message>
    <message>
        <source>The new passphrase is too weak; add a few words.</source>
        <translation>La nouvelle phrase secrète est trop faible ; ajoutez quelques mots.</translation>
    </message>
    <message>
        <source>The two new passphrases differ.</source>
        <translation>Les deux nouvelles phrases secrètes diffèrent.</translation>
    </message>
    <message>
        <source>Changing…</source>
        <translation>Changement en cours…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>relais::qt::PermanenceListModel</name>
    <message>
        <source>open now</source>
        <translation>ouverte maintenant</translation>
    </message>
    <message>
        <source>no opening planned</source>
        <translation>aucune ouverture prévue</translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s) on duty</source>
        <translation>
            <numerusform>%n travailleur·euse de permanence</numerusform>
            <numerusform>%n travailleur·euses de permanence</numerusform>
        </translation>
    </message>
    <message>
        <source>planned until %1, nobody there yet</source>
        <translation>prévue jusqu&apos;à %1, personne encore là</translation>
    </message>
    <message>
        <source>The relay cannot be reached: this is what it said at %1 (Brussels time).</source>
        <translation>Le relais est injoignable : voici ce qu&apos;il disait à %1 (heure de Bruxelles).</translation>
    </message>
    <message>
        <source>unknown while offline (open at %1)</source>
        <translation>état inconnu hors ligne (ouverte à %1)</translation>
    </message>
    <message>
        <source>unknown while offline (closed at %1)</source>
        <translation>état inconnu hors ligne (fermée à %1)</translation>
    </message>
    <message>
        <source>next opening %1 (Brussels time)</source>
        <translation>prochaine ouverture %1 (heure de Bruxelles)</translation>
    </message>
</context>
<context>
    <name>relais::qt::PermanencePanel</name>
    <message>
        <source>Knock</source>
        <translation>Frapper</translation>
    </message>
    <message>
        <source>The worker offers to pass your conversation to a colleague.</source>
        <translation>Le ou la travailleur·euse propose de passer votre conversation à un·e collègue.</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>Write to the outreach worker</source>
        <translation>Votre message</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Closed for now</source>
        <translation>Fermée pour le moment</translation>
    </message>
    <message>
        <source>Leave a message: the organisation&apos;s workers will read it</source>
        <translation>Laissez un message : les travailleur·euses de l&apos;association le liront</translation>
    </message>
    <message>
        <source>Leave the message</source>
        <translation>Laisser le message</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Néerlandais</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>Choose a permanence in the list.</source>
        <translation>Choisissez une permanence dans la liste.</translation>
    </message>
    <message>
        <source>End the conversation</source>
        <translation>Terminer la conversation</translation>
    </message>
    <message>
        <source>Leave the queue</source>
        <translation>Quitter la file d&apos;attente</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>Outreach worker</source>
        <translation>Travailleur·euse de terrain</translation>
    </message>
    <message>
        <source> (sending)</source>
        <translation> (envoi…)</translation>
    </message>
    <message>
        <source>In an emergency, call:</source>
        <translation>En cas d&apos;urgence, appelez :</translation>
    </message>
    <message>
        <source>Knock anyway</source>
        <translation>Frapper quand même</translation>
    </message>
    <message>
        <source>The worker offers to pass your conversation to a colleague, %1.</source>
        <translation>Le ou la travailleur·euse propose de passer votre conversation à un·e collègue, %1.</translation>
    </message>
    <message>
        <source>This permanence is held in %1. You can knock anyway, or leave a message when it is closed.</source>
        <translation>Cette permanence se tient en %1. Vous pouvez frapper quand même, ou laisser un message quand elle est fermée.</translation>
    </message>
    <message>
        <source>The permanence has closed; your conversation goes on until one of you ends it.</source>
        <translation>La permanence a fermé ; votre conversation continue jusqu&apos;à ce que l&apos;une de vous deux y mette fin.</translation>
    </message>
    <message>
        <source>The conversation is over.</source>
        <translation>La conversation est terminée.</translation>
    </message>
    <message>
        <source>Your messages with %1</source>
        <translation>Vos messages avec %1</translation>
    </message>
    <message>
        <source>End the conversation with the outreach worker? You can knock again later.</source>
        <translation>Terminer la conversation avec le ou la travailleur·euse de terrain ? Vous pourrez frapper à nouveau plus tard.</translation>
    </message>
    <message>
        <source>Leave the queue? Your place goes to the next person.</source>
        <translation>Quitter la file ? Votre place passe à la personne suivante.</translation>
    </message>
</context>
<context>
    <name>relais::qt::ReportModel</name>
    <message>
        <source>Harassment</source>
        <translation>Harcèlement</translation>
    </message>
    <message>
        <source>Doxing (someone&apos;s identity revealed)</source>
        <translation>Doxing (identité de quelqu&apos;un révélée)</translation>
    </message>
    <message>
        <source>Signs of exploitation or trafficking</source>
        <translation>Signes d&apos;exploitation ou de traite</translation>
    </message>
    <message>
        <source>Threat of violence</source>
        <translation>Menace de violence</translation>
    </message>
    <message>
        <source>Spam</source>
        <translation>Spam</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>vérification…</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>vérifié</translation>
    </message>
    <message>
        <source>NOT verified</source>
        <translation>NON vérifié</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>Commentaire : %1</translation>
    </message>
    <message>
        <source>Handled</source>
        <translation>Traité</translation>
    </message>
</context>
<context>
    <name>relais::qt::ResourcesDialog</name>
    <message>
        <source>Emergency numbers</source>
        <translation>Numéros d&apos;urgence</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Associations</translation>
    </message>
    <message>
        <source>Not yet confirmed by the relay&apos;s operator.</source>
        <translation>Pas encore confirmé par l&apos;opérateur du relais.</translation>
    </message>
    <message>
        <source>Help and resources</source>
        <translation>Aide et ressources</translation>
    </message>
    <message>
        <source>All cities</source>
        <translation>Toutes les villes</translation>
    </message>
    <message>
        <source>Cities: %1</source>
        <translation>Villes : %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>relais::qt::RoomListModel</name>
    <message>
        <source>waiting for a moderator</source>
        <translation>en attente de la modération</translation>
    </message>
    <message>
        <source>not joined</source>
        <translation>pas rejoint</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n membre</numerusform>
            <numerusform>%n membres</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click to join this room.</source>
        <translation>Double-cliquez pour rejoindre ce salon.</translation>
    </message>
</context>
<context>
    <name>relais::qt::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Lock after this idle time</source>
        <translation>Verrouiller après ce temps sans activité</translation>
    </message>
    <message>
        <source>Show message text in notifications</source>
        <translation>Montrer le texte des messages dans les notifications</translation>
    </message>
    <message>
        <source>Anyone who sees the screen can read a notification. Leave this off unless you are alone with this computer.</source>
        <translation>Quiconque voit l&apos;écran peut lire une notification. Laissez ceci désactivé sauf si vous êtes seul·e avec cet ordinateur.</translation>
    </message>
    <message>
        <source>Discretion: a neutral window title and icon</source>
        <translation>Discrétion : un titre et une icône de fenêtre neutres</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>%1 is not offered on this relay: Relais is shown in %2.</source>
        <extracomment>%1 and %2 are languages named in themselves (&quot;Română&quot;, &quot;English&quot;).</extracomment>
        <translation>%1 n&apos;est pas proposé sur ce relais ; langue affichée : %2.</translation>
    </message>
</context>
<context>
    <name>relais::qt::TicketSession</name>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>environ %n minute</numerusform>
            <numerusform>environ %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Knock to talk privately with an outreach worker.</source>
        <translation>Frappez pour parler en privé avec un·e travailleur·euse de terrain.</translation>
    </message>
    <message>
        <source>Knocking…</source>
        <translation>On frappe…</translation>
    </message>
    <message>
        <source>Your place in the queue: %1. Estimated wait: %2.</source>
        <translation>Votre place dans la file : %1. Attente estimée : %2.</translation>
    </message>
    <message>
        <source>An outreach worker took your ticket: you are talking privately.</source>
        <translation>Un·e travailleur·euse de terrain a pris votre ticket : vous parlez en privé.</translation>
    </message>
    <message>
        <source>The permanence is closed. No opening is planned yet.</source>
        <translation>La permanence est fermée. Aucune ouverture n&apos;est encore prévue.</translation>
    </message>
    <message>
        <source>The permanence is closed. Next opening: %1 (Brussels time).</source>
        <translation>La permanence est fermée. Prochaine ouverture : %1 (heure de Bruxelles).</translation>
    </message>
    <message>
        <source>The profile is locked.</source>
        <translation>Le profil est verrouillé.</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>Le message est vide.</translation>
    </message>
    <message>
        <source>Wait until an outreach worker takes your ticket.</source>
        <translation>Attendez qu&apos;un·e travailleur·euse de terrain prenne votre ticket.</translation>
    </message>
    <message>
        <source>An outreach worker took your ticket.</source>
        <translation>Un·e travailleur·euse de terrain a pris votre ticket.</translation>
    </message>
    <message>
        <source>The conversation with the outreach worker ended.</source>
        <translation>La conversation avec le ou la travailleur·euse de terrain est terminée.</translation>
    </message>
    <message>
        <source>Your message was left for the organisation; a worker will read it.</source>
        <translation>Votre message a été laissé à l&apos;association ; un·e travailleur·euse le lira.</translation>
    </message>
    <message>
        <source>You left the permanence.</source>
        <translation>Vous avez quitté la permanence.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Non envoyé : %1</translation>
    </message>
    <message>
        <source>Another outreach worker of the organisation now answers you, privately.</source>
        <translation>Un·e autre travailleur·euse de terrain de l&apos;organisation vous répond maintenant, en privé.</translation>
    </message>
    <message>
        <source>The conversation ended after 12 hours. You can knock again.</source>
        <translation>La conversation s&apos;est terminée après 12 heures. Vous pouvez frapper à nouveau.</translation>
    </message>
    <message>
        <source>The permanence closed before a worker could take your ticket.</source>
        <translation>La permanence a fermé avant qu&apos;un·e travailleur·euse ne prenne votre ticket.</translation>
    </message>
    <message>
        <source>The conversation is over. You can knock again at any time.</source>
        <translation>La conversation est terminée. Vous pouvez frapper à nouveau à tout moment.</translation>
    </message>
    <message>
        <source>Another outreach worker of the organisation now answers you.</source>
        <translation>Un·e autre travailleur·euse de terrain de l&apos;organisation vous répond maintenant.</translation>
    </message>
    <message>
        <source>You were away for a while, so your place in the queue went to the people waiting after you. You can knock again.</source>
        <translation>Vous étiez absent·e un moment : votre place dans la file est passée aux personnes qui attendaient après vous. Vous pouvez frapper à nouveau.</translation>
    </message>
    <message>
        <source>The permanence is open, but its queue is full: no place was kept for you. Try again later.</source>
        <translation>La permanence est ouverte, mais sa file d&apos;attente est pleine : aucune place ne vous a été gardée. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The permanence is open, but many people from your network or with new accounts are waiting already: no place was kept for you. Try again later.</source>
        <translation>La permanence est ouverte, mais beaucoup de personnes de votre réseau ou avec de nouveaux comptes attendent déjà : aucune place ne vous a été gardée. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The workers have your message, but the organisation&apos;s inbox on the relay is full: they may see it late. If it is urgent, the emergency numbers are under Resources.</source>
        <translation>Les travailleur·euses ont votre message, mais la boîte de l&apos;association sur le relais est pleine : ils et elles pourraient le voir tard. En cas d&apos;urgence, les numéros d&apos;urgence sont sous Ressources.</translation>
    </message>
    <message>
        <source>The workers have your message, but the relay could not add it to the organisation&apos;s inbox for now: they may see it late. If it is urgent, the emergency numbers are under Resources.</source>
        <translation>Les travailleur·euses ont votre message, mais le relais n&apos;a pas pu l&apos;ajouter pour l&apos;instant à la boîte de l&apos;association : ils et elles pourraient le voir tard. En cas d&apos;urgence, les numéros d&apos;urgence sont sous Ressources.</translation>
    </message>
    <message>
        <source>The permanence closed while you waited: your place in the queue has ended.</source>
        <translation>La permanence a fermé pendant votre attente : votre place dans la file a pris fin.</translation>
    </message>
    <message>
        <source>The permanence is planned now until %1 (Brussels time), but no outreach worker is there yet. Knock again in a few minutes.</source>
        <translation>La permanence est prévue maintenant jusqu&apos;à %1 (heure de Bruxelles), mais aucun·e travailleur·euse de terrain n&apos;est encore là. Frappez à nouveau dans quelques minutes.</translation>
    </message>
</context>
<context>
    <name>relais::qt::WelcomePage</name>
    <message>
        <source>&lt;h2&gt;Welcome&lt;/h2&gt;&lt;p&gt;Choose the relay your organisation gave you, a pseudonym (not your real name) and a passphrase. Nothing else about you is asked or kept.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Bienvenue&lt;/h2&gt;&lt;p&gt;Choisissez le relais que votre association vous a donné, un pseudonyme (pas votre vrai nom) et une phrase secrète. Rien d&apos;autre sur vous n&apos;est demandé ni gardé.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>only if the relay asks for one</source>
        <translation>seulement si le relais en demande un</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nobody can recover a forgotten passphrase&lt;/b&gt;, not even the relay&apos;s operator: the profile and its messages would be lost. Write it down somewhere safe, away from this computer.</source>
        <translation>&lt;b&gt;Personne ne peut retrouver une phrase secrète oubliée&lt;/b&gt;, pas même l&apos;opérateur du relais : le profil et ses messages seraient perdus. Notez-la en lieu sûr, loin de cet ordinateur.</translation>
    </message>
    <message>
        <source>Create my profile</source>
        <translation>Créer mon profil</translation>
    </message>
    <message>
        <source>Relay address</source>
        <translation>Adresse du relais</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Pseudonyme</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Phrase secrète, encore</translation>
    </message>
    <message>
        <source>Invite code</source>
        <translation>Code d&apos;invitation</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Unlock&lt;/h2&gt;&lt;p&gt;Type your passphrase.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Déverrouiller&lt;/h2&gt;&lt;p&gt;Tapez votre phrase secrète.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Give the relay&apos;s address.</source>
        <translation>Indiquez l&apos;adresse du relais.</translation>
    </message>
    <message>
        <source>Choose a pseudonym.</source>
        <translation>Choisissez un pseudonyme.</translation>
    </message>
    <message>
        <source>The passphrase is too weak; add a few words.</source>
        <translation>La phrase secrète est trop faible ; ajoutez quelques mots.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes sont différentes.</translation>
    </message>
    <message>
        <source>Creating the profile…</source>
        <translation>Création du profil…</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Déverrouillage…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
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
        <translation>Période : %1</translation>
    </message>
    <message>
        <source>Times the permanence opened: %1</source>
        <translation>Ouvertures de la permanence : %1</translation>
    </message>
    <message>
        <source>Conversations held: %1</source>
        <translation>Conversations menées : %1</translation>
    </message>
    <message>
        <source>Left or closed while waiting: %1</source>
        <translation>Parties ou fermées pendant l&apos;attente : %1</translation>
    </message>
    <message>
        <source>Languages asked: %1</source>
        <translation>Langues demandées : %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Wait before a take: half within %1, 9 in 10 within %2, longest %3</source>
        <translation>Attente avant la prise en charge : la moitié en %1, 9 sur 10 en %2, la plus longue %3</translation>
    </message>
    <message>
        <source>Messages left out of hours: %1</source>
        <translation>Messages laissés hors des heures : %1</translation>
    </message>
    <message>
        <source>Handoffs: %1</source>
        <translation>Transferts : %1</translation>
    </message>
    <message>
        <source>The profile is locked.</source>
        <translation>Le profil est verrouillé.</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>Le message est vide.</translation>
    </message>
    <message>
        <source>Choose one of your conversations first.</source>
        <translation>Choisissez d&apos;abord une de vos conversations.</translation>
    </message>
    <message>
        <source>You took ticket %1: you can write to the person now.</source>
        <translation>Vous avez pris le ticket %1 : vous pouvez écrire à la personne.</translation>
    </message>
    <message>
        <source>A colleague handed ticket %1 to you.</source>
        <translation>Un·e collègue vous a transféré le ticket %1.</translation>
    </message>
    <message>
        <source>Ticket %1 is now with your colleague.</source>
        <translation>Le ticket %1 est maintenant chez votre collègue.</translation>
    </message>
    <message>
        <source>The conversation of ticket %1 ended.</source>
        <translation>La conversation du ticket %1 est terminée.</translation>
    </message>
    <message>
        <source>A message was left for %1.</source>
        <translation>Un message a été laissé pour %1.</translation>
    </message>
    <message>
        <source>The person declined the handoff of ticket %1; it stays with you.</source>
        <translation>La personne a refusé le transfert du ticket %1 ; il reste chez vous.</translation>
    </message>
    <message>
        <source>You are on duty for %1.</source>
        <translation>Vous êtes de permanence pour %1.</translation>
    </message>
    <message>
        <source>You are off duty for %1.</source>
        <translation>Vous n&apos;êtes plus de permanence pour %1.</translation>
    </message>
    <message>
        <source>Ticket %1 was offered to %2; the person decides.</source>
        <translation>Le ticket %1 a été proposé à %2 ; la personne décide.</translation>
    </message>
    <message>
        <source>You ended the conversation of ticket %1.</source>
        <translation>Vous avez terminé la conversation du ticket %1.</translation>
    </message>
    <message>
        <source>The message is marked handled.</source>
        <translation>Le message est marqué comme traité.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Non envoyé : %1</translation>
    </message>
    <message>
        <source>Ticket %1: %2</source>
        <translation>Ticket %1 : %2</translation>
    </message>
    <message>
        <source>colleague %1</source>
        <translation>collègue %1</translation>
    </message>
    <message>
        <source>Choose a colleague on duty first.</source>
        <translation>Choisissez d&apos;abord un·e collègue de permanence.</translation>
    </message>
    <message>
        <source>Several colleagues on duty are named %1.</source>
        <translation>Plusieurs collègues de permanence s&apos;appellent %1.</translation>
    </message>
    <message>
        <source>No colleague named %1 is on duty for this organisation.</source>
        <translation>Aucun·e collègue nommé·e %1 n&apos;est de permanence pour cette organisation.</translation>
    </message>
    <message>
        <source>Choose a message in the inbox first.</source>
        <translation>Choisissez d&apos;abord un message dans la boîte de réception.</translation>
    </message>
    <message>
        <source>Your answer went to the person; the message is marked handled.</source>
        <translation>Votre réponse est partie vers la personne ; le message est marqué comme traité.</translation>
    </message>
    <message>
        <source>A colleague, before the handoff</source>
        <translation>Un·e collègue, avant le passage</translation>
    </message>
    <message>
        <source>%1 (colleague), before the handoff</source>
        <translation>%1 (collègue), avant le passage</translation>
    </message>
</context>
<context>
    <name>relais::qt::WorkerInboxModel</name>
    <message>
        <source>(the text is not on this device)</source>
        <translation>(le texte n&apos;est pas sur cet appareil)</translation>
    </message>
    <message>
        <source>handled</source>
        <translation>traité</translation>
    </message>
    <message>
        <source>to handle</source>
        <translation>à traiter</translation>
    </message>
    <message>
        <source>not on the relay&apos;s list (its inbox was full)</source>
        <translation>absent de la liste du relais (sa boîte était pleine)</translation>
    </message>
    <message>
        <source>You answered: %1</source>
        <translation>Vous avez répondu : %1</translation>
    </message>
</context>
<context>
    <name>relais::qt::WorkerPanel</name>
    <message>
        <source>Room (optional)</source>
        <translation>Salon (facultatif)</translation>
    </message>
    <message>
        <source>The room where the opening is announced; empty: the planned one.</source>
        <translation>Le salon où l&apos;ouverture est annoncée ; vide : celui prévu.</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organisation :</translation>
    </message>
    <message>
        <source>Take</source>
        <translation>Prendre</translation>
    </message>
    <message>
        <source>&lt;b&gt;Waiting&lt;/b&gt;</source>
        <translation>&lt;b&gt;En attente&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your conversations&lt;/b&gt;</source>
        <translation>&lt;b&gt;Vos conversations&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Write to the person</source>
        <translation>Écrire à la personne</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Hand off</source>
        <translation>Transférer</translation>
    </message>
    <message>
        <source>End the conversation</source>
        <translation>Terminer la conversation</translation>
    </message>
    <message>
        <source>Mark handled</source>
        <translation>Marquer comme traité</translation>
    </message>
    <message>
        <source>Messages left while the permanence was closed, oldest first.</source>
        <translation>Messages laissés pendant que la permanence était fermée, les plus anciens d&apos;abord.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>ISO week</source>
        <translation>Semaine ISO</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Show the counts</source>
        <translation>Afficher les chiffres</translation>
    </message>
    <message>
        <source>including</source>
        <translation>comprenant le</translation>
    </message>
    <message>
        <source>Queue and conversations</source>
        <translation>File et conversations</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Boîte de réception</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Chiffres</translation>
    </message>
    <message>
        <source>Go off duty</source>
        <translation>Quitter la permanence</translation>
    </message>
    <message>
        <source>Go on duty</source>
        <translation>Prendre la permanence</translation>
    </message>
    <message>
        <source>On duty</source>
        <translation>De permanence</translation>
    </message>
    <message>
        <source>Off duty</source>
        <translation>Hors permanence</translation>
    </message>
    <message>
        <source>Take a ticket from the queue, or choose one of your conversations.</source>
        <translation>Prenez un ticket dans la file, ou choisissez une de vos conversations.</translation>
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
        <translation>Vous</translation>
    </message>
    <message>
        <source>The person</source>
        <translation>La personne</translation>
    </message>
    <message>
        <source> (sending)</source>
        <translation> (envoi…)</translation>
    </message>
    <message>
        <source>No colleague on duty</source>
        <translation>Aucun·e collègue de permanence</translation>
    </message>
    <message>
        <source>A colleague on duty</source>
        <translation>Un·e collègue de permanence</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Répondre</translation>
    </message>
    <message>
        <source>Answer on behalf of the organisation</source>
        <translation>Répondre au nom de l&apos;association</translation>
    </message>
</context>
<context>
    <name>relais::qt::WorkerQueueModel</name>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Néerlandais</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>any language</source>
        <translation>toute langue</translation>
    </message>
    <message>
        <source>%1. Ticket %2 · %3 · waiting %4</source>
        <translation>%1. Ticket %2 · %3 · attend depuis %4</translation>
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
        <translation>attend votre réponse</translation>
    </message>
</context>
<context>
    <name>relais::qt::Workspace</name>
    <message>
        <source>Not sent: the identity key of %1 changed. It may be a new phone, or someone else. Compare the safety number, then mark them verified; or accept the new key (right-click on their name).</source>
        <translation>Non envoyé : la clé d&apos;identité de %1 a changé. C&apos;est peut-être un nouveau téléphone, ou quelqu&apos;un d&apos;autre. Comparez le numéro de sécurité, puis marquez la personne vérifiée ; ou acceptez la nouvelle clé (clic droit sur son nom).</translation>
    </message>
    <message>
        <source>%1 is verified on this device, until their identity key changes.</source>
        <translation>%1 est vérifiée sur cet appareil, jusqu&apos;à ce que sa clé d&apos;identité change.</translation>
    </message>
    <message>
        <source>Messages go to the new key of %1. It is not verified: compare the safety number when you can.</source>
        <translation>Les messages vont à la nouvelle clé de %1. Elle n&apos;est pas vérifiée : comparez le numéro de sécurité dès que possible.</translation>
    </message>
    <message>
        <source>This is not a Relais id (26 letters and digits).</source>
        <translation>Ce n&apos;est pas un identifiant Relais (26 lettres et chiffres).</translation>
    </message>
    <message>
        <source>The profile is locked.</source>
        <translation>Le profil est verrouillé.</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>Le message est vide.</translation>
    </message>
    <message>
        <source>Choose a conversation first.</source>
        <translation>Choisissez d&apos;abord une conversation.</translation>
    </message>
    <message>
        <source>Your request to join %1 waits for a moderator.</source>
        <translation>Votre demande pour rejoindre %1 attend la modération.</translation>
    </message>
    <message>
        <source>You joined %1.</source>
        <translation>Vous avez rejoint %1.</translation>
    </message>
    <message>
        <source>A moderator let you into %1.</source>
        <translation>La modération vous a ouvert %1.</translation>
    </message>
    <message>
        <source>Your request to join %1 was refused.</source>
        <translation>Votre demande pour rejoindre %1 a été refusée.</translation>
    </message>
    <message>
        <source>You left %1.</source>
        <translation>Vous avez quitté %1.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Non envoyé : %1</translation>
    </message>
    <message>
        <source>A report arrived for the moderators.</source>
        <translation>Un signalement est arrivé pour la modération.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Fait.</translation>
    </message>
    <message numerus="yes">
        <source>The report reached %n moderator(s).</source>
        <translation>
            <numerusform>Le signalement a atteint %n modérateur·ice.</numerusform>
            <numerusform>Le signalement a atteint %n modérateur·ices.</numerusform>
        </translation>
    </message>
    <message>
        <source>A moderator removed your message from %1: it is gone from every member&apos;s screen and from the relay.</source>
        <translation>La modération a retiré votre message de %1 : il a disparu de l&apos;écran de chaque membre et du relais.</translation>
    </message>
    <message>
        <source>%1 answered your message: it is under Permanence.</source>
        <translation>%1 a répondu à votre message : voyez sous Permanence.</translation>
    </message>
</context>
</TS>
