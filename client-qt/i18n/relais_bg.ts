<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="bg">
<context>
    <name>Discretion</name>
    <message>
        <source>Notes</source>
        <translation>Бележки</translation>
    </message>
</context>
<context>
    <name>FailureText</name>
    <message>
        <source>There is no safety number with them yet: exchange a message first.</source>
        <translation>Все още няма номер за сигурност с този човек: първо си разменете съобщение.</translation>
    </message>
    <message>
        <source>Their identity key changed: nothing is sent to them until you compare the safety number and verify them, or accept the new key.</source>
        <translation>Ключът за самоличност на този човек се е променил: нищо не му се изпраща, докато не сравниш номера за сигурност и не го потвърдиш, или не приемеш новия ключ.</translation>
    </message>
    <message>
        <source>Not connected to the relay.</source>
        <translation>Няма връзка с релето.</translation>
    </message>
    <message>
        <source>This profile is not registered.</source>
        <translation>Този профил не е регистриран.</translation>
    </message>
    <message>
        <source>The relay could not parse a message from this program.</source>
        <translation>Релето не можа да прочете съобщение от тази програма.</translation>
    </message>
    <message>
        <source>The relay does not know a request this program made.</source>
        <translation>Релето не познава заявка, направена от тази програма.</translation>
    </message>
    <message>
        <source>A message was larger than the relay accepts.</source>
        <translation>Съобщението беше по-голямо, отколкото релето приема.</translation>
    </message>
    <message>
        <source>The relay expected a log-in first.</source>
        <translation>Релето очакваше първо вход.</translation>
    </message>
    <message>
        <source>The connection was already logged in.</source>
        <translation>Връзката вече беше влязла.</translation>
    </message>
    <message>
        <source>The relay did not accept this device&apos;s signature.</source>
        <translation>Релето не прие подписа на това устройство.</translation>
    </message>
    <message>
        <source>The relay knows no account with this id.</source>
        <translation>Релето не познава акаунт с този идентификатор.</translation>
    </message>
    <message>
        <source>The relay does not know this account; it may have been reset.</source>
        <translation>Релето не познава този акаунт; може да е бил нулиран.</translation>
    </message>
    <message>
        <source>The relay asks to slow down; try again in a moment.</source>
        <translation>Релето моли да забавиш темпото; опитай отново след малко.</translation>
    </message>
    <message>
        <source>The relay could not store the message; try again later.</source>
        <translation>Релето не можа да запази съобщението; опитай отново по-късно.</translation>
    </message>
    <message>
        <source>The relay needs a valid invite code to register.</source>
        <translation>Релето иска валиден код за покана за регистрация.</translation>
    </message>
    <message>
        <source>The relay did not accept the proof of work.</source>
        <translation>Релето не прие доказателството за работа.</translation>
    </message>
    <message>
        <source>The relay refused: this account lacks the role for it.</source>
        <translation>Релето отказа: този акаунт няма нужната роля.</translation>
    </message>
    <message>
        <source>The relay is shutting down; try again later.</source>
        <translation>Релето се изключва; опитай отново по-късно.</translation>
    </message>
    <message>
        <source>The relay is overloaded; try again later.</source>
        <translation>Релето е претоварено; опитай отново по-късно.</translation>
    </message>
    <message>
        <source>The recipient has too many messages waiting on the relay; nothing was sent. Try again later.</source>
        <translation>Получателят има твърде много чакащи съобщения в релето; нищо не беше изпратено. Опитай отново по-късно.</translation>
    </message>
    <message>
        <source>You have sent as much as the relay allows in a day; try again later.</source>
        <translation>Изпрати толкова, колкото релето позволява за един ден; опитай отново по-късно.</translation>
    </message>
    <message>
        <source>The relay is short of disk space and takes no new messages for now; try again later.</source>
        <translation>Релето няма достатъчно място на диска и засега не приема нови съобщения; опитай отново по-късно.</translation>
    </message>
    <message>
        <source>The relay refused a malformed request.</source>
        <translation>Релето отказа неправилно съставена заявка.</translation>
    </message>
    <message>
        <source>The relay refused a request.</source>
        <translation>Релето отказа заявка.</translation>
    </message>
    <message>
        <source>There is no such room.</source>
        <translation>Такава стая не съществува.</translation>
    </message>
    <message>
        <source>You are not a member of that room.</source>
        <translation>Не си член на тази стая.</translation>
    </message>
    <message>
        <source>You are already a member of that room.</source>
        <translation>Вече си член на тази стая.</translation>
    </message>
    <message>
        <source>This room is full.</source>
        <translation>Тази стая е пълна.</translation>
    </message>
    <message>
        <source>You are banned from that room.</source>
        <translation>Изключен(а) си от тази стая.</translation>
    </message>
    <message>
        <source>You are muted in that room for now.</source>
        <translation>Засега не можеш да пишеш в тази стая.</translation>
    </message>
    <message>
        <source>This room admits people only with a moderator&apos;s approval.</source>
        <translation>Тази стая приема хора само с одобрение на модератор.</translation>
    </message>
    <message>
        <source>This room needs an invite code.</source>
        <translation>Тази стая изисква код за покана.</translation>
    </message>
    <message>
        <source>There is no such message in this room.</source>
        <translation>Няма такова съобщение в тази стая.</translation>
    </message>
    <message>
        <source>An organisation with this id exists already.</source>
        <translation>Вече има организация с този идентификатор.</translation>
    </message>
    <message>
        <source>It exists already.</source>
        <translation>Вече съществува.</translation>
    </message>
    <message>
        <source>A room with this id exists already.</source>
        <translation>Вече има стая с този идентификатор.</translation>
    </message>
    <message>
        <source>There is no such organisation.</source>
        <translation>Такава организация не съществува.</translation>
    </message>
    <message>
        <source>There is no such ticket (it may have ended).</source>
        <translation>Такъв билет не съществува (може да е приключил).</translation>
    </message>
    <message>
        <source>Another worker took that ticket first.</source>
        <translation>Друг теренен работник взе този билет пръв.</translation>
    </message>
    <message>
        <source>The permanence is closed.</source>
        <translation>Дежурството е затворено.</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>Съобщението е празно.</translation>
    </message>
    <message>
        <source>The message is longer than %1 KiB.</source>
        <translation>Съобщението е по-дълго от %1 KiB.</translation>
    </message>
    <message>
        <source>The comment is longer than %1 KiB.</source>
        <translation>Коментарът е по-дълъг от %1 KiB.</translation>
    </message>
    <message>
        <source>That needs another account than this profile&apos;s own.</source>
        <translation>За това е нужен друг акаунт, а не този на профила.</translation>
    </message>
    <message>
        <source>This device holds no message with that number in that room.</source>
        <translation>Това устройство няма съобщение с този номер в тази стая.</translation>
    </message>
    <message>
        <source>This device holds no conversation for that ticket.</source>
        <translation>Това устройство няма разговор за този билет.</translation>
    </message>
    <message>
        <source>No worker has taken the ticket yet; wait for one.</source>
        <translation>Все още никой теренен работник не е взел билета; изчакай.</translation>
    </message>
    <message>
        <source>This room has no moderator to send the report to.</source>
        <translation>Тази стая няма модератор, на когото да се изпрати сигналът.</translation>
    </message>
    <message>
        <source>The report could not reach any moderator.</source>
        <translation>Сигналът не можа да стигне до нито един модератор.</translation>
    </message>
    <message>
        <source>This organisation has no worker to read it yet.</source>
        <translation>Тази организация все още няма работник, който да го прочете.</translation>
    </message>
    <message>
        <source>The message could not reach any worker.</source>
        <translation>Съобщението не можа да стигне до нито един работник.</translation>
    </message>
    <message>
        <source>Too many of your messages are waiting for this recipient on the relay; nothing was sent. Try again once they have read them.</source>
        <translation>Твърде много твои съобщения чакат този получател в релето; нищо не беше изпратено. Опитай отново, след като ги прочете.</translation>
    </message>
    <message>
        <source>Too many messages from your network are waiting for this recipient on the relay; nothing was sent. Try again later.</source>
        <translation>Твърде много съобщения от твоята мрежа чакат този получател в релето; нищо не беше изпратено. Опитай отново по-късно.</translation>
    </message>
    <message>
        <source>Too many messages from new accounts of your network are waiting for this recipient on the relay; nothing was sent. Try again later.</source>
        <translation>Твърде много съобщения от нови акаунти от твоята мрежа чакат този получател в релето; нищо не беше изпратено. Опитай отново по-късно.</translation>
    </message>
    <message>
        <source>Many accounts of your network posted in rooms just now; try again in a moment.</source>
        <translation>Много акаунти от твоята мрежа току-що писаха в стаи; опитай отново след малко.</translation>
    </message>
    <message>
        <source>The message could not reach any worker: too many messages from your network are waiting for them on the relay. Nothing was sent; try again later.</source>
        <translation>Съобщението не можа да стигне до нито един работник: твърде много съобщения от твоята мрежа ги чакат в релето. Нищо не беше изпратено; опитай отново по-късно.</translation>
    </message>
    <message>
        <source>The message could not reach any worker: they have too many messages waiting on the relay. Nothing was sent; try again later.</source>
        <translation>Съобщението не можа да стигне до нито един работник: вече твърде много съобщения ги чакат в релето. Нищо не беше изпратено; опитай отново по-късно.</translation>
    </message>
    <message>
        <source>The recipient&apos;s keys do not verify; nothing was sent.</source>
        <translation>Ключовете на получателя не се потвърждават; нищо не беше изпратено.</translation>
    </message>
    <message>
        <source>This device could not sign its keys.</source>
        <translation>Това устройство не можа да подпише ключовете си.</translation>
    </message>
    <message>
        <source>A cryptographic operation failed on this device.</source>
        <translation>Криптографска операция се провали на това устройство.</translation>
    </message>
    <message>
        <source>The relay asks for more proof of work than this program will do.</source>
        <translation>Релето иска повече доказателство за работа, отколкото тази програма прави.</translation>
    </message>
    <message>
        <source>The relay speaks protocol version %1; this program speaks version %2.</source>
        <translation>Релето използва версия %1 на протокола; тази програма използва версия %2.</translation>
    </message>
    <message>
        <source>The relay sent a malformed challenge.</source>
        <translation>Релето изпрати неправилно съставено предизвикателство.</translation>
    </message>
    <message>
        <source>The relay sent a second challenge; it was ignored.</source>
        <translation>Релето изпрати второ предизвикателство; то беше пренебрегнато.</translation>
    </message>
    <message>
        <source>The relay sent a malformed account id.</source>
        <translation>Релето изпрати неправилно съставен идентификатор на акаунт.</translation>
    </message>
    <message>
        <source>The relay answered a request with the wrong kind of frame.</source>
        <translation>Релето отговори на заявка с грешен вид рамка.</translation>
    </message>
    <message>
        <source>The relay sent the key bundle of another account.</source>
        <translation>Релето изпрати ключовете на друг акаунт.</translation>
    </message>
    <message>
        <source>The relay answered a request this program did not make.</source>
        <translation>Релето отговори на заявка, която тази програма не е правила.</translation>
    </message>
    <message>
        <source>The relay sent a message that does not parse; it was ignored.</source>
        <translation>Релето изпрати съобщение, което не може да се прочете; то беше пренебрегнато.</translation>
    </message>
    <message>
        <source>The relay sent a frame this program does not know; it was ignored.</source>
        <translation>Релето изпрати рамка, която тази програма не познава; тя беше пренебрегната.</translation>
    </message>
    <message>
        <source>The relay sent a frame this program does not handle; it was ignored.</source>
        <translation>Релето изпрати рамка, която тази програма не обработва; тя беше пренебрегната.</translation>
    </message>
    <message>
        <source>The relay delivered an envelope before the log-in.</source>
        <translation>Релето достави плик преди входа.</translation>
    </message>
    <message>
        <source>The relay delivered a room entry before the log-in.</source>
        <translation>Релето достави запис от стая преди входа.</translation>
    </message>
    <message>
        <source>The relay sent a malformed room entry; it was ignored.</source>
        <translation>Релето изпрати неправилно съставен запис от стая; той беше пренебрегнат.</translation>
    </message>
    <message>
        <source>The relay sent a malformed room answer; it was ignored.</source>
        <translation>Релето изпрати неправилно съставен отговор за стая; той беше пренебрегнат.</translation>
    </message>
    <message>
        <source>The relay sent a malformed notice; it was ignored.</source>
        <translation>Релето изпрати неправилно съставено известие; то беше пренебрегнато.</translation>
    </message>
    <message>
        <source>The resources directory is empty or damaged.</source>
        <translation>Списъкът с помощни услуги е празен или повреден.</translation>
    </message>
    <message>
        <source>A message that was not sealed for this device was dropped.</source>
        <translation>Съобщение, което не беше запечатано за това устройство, беше премахнато.</translation>
    </message>
    <message>
        <source>A message whose keys are not those of the account it names was dropped.</source>
        <translation>Съобщение, чиито ключове не са на акаунта, който посочва, беше премахнато.</translation>
    </message>
    <message>
        <source>An envelope with a malformed sender was dropped.</source>
        <translation>Плик с неправилно съставен подател беше премахнат.</translation>
    </message>
    <message>
        <source>A message of an unknown type was dropped.</source>
        <translation>Съобщение от непознат вид беше премахнато.</translation>
    </message>
    <message>
        <source>A message could not be decrypted: there is no session with its sender.</source>
        <translation>Съобщение не можа да бъде дешифрирано: няма сесия с подателя му.</translation>
    </message>
    <message>
        <source>A message could not be decrypted and was dropped.</source>
        <translation>Съобщение не можа да бъде дешифрирано и беше премахнато.</translation>
    </message>
    <message>
        <source>A message did not decode and was dropped.</source>
        <translation>Съобщение не можа да бъде декодирано и беше премахнато.</translation>
    </message>
    <message>
        <source>A malformed message for an organisation was dropped.</source>
        <translation>Неправилно съставено съобщение за организация беше премахнато.</translation>
    </message>
    <message>
        <source>A malformed report was dropped.</source>
        <translation>Неправилно съставен сигнал беше премахнат.</translation>
    </message>
    <message>
        <source>A room key did not decode and was dropped.</source>
        <translation>Ключ на стая не можа да бъде декодиран и беше премахнат.</translation>
    </message>
    <message>
        <source>A room message could not be decrypted and was dropped.</source>
        <translation>Съобщение от стая не можа да бъде дешифрирано и беше премахнато.</translation>
    </message>
    <message>
        <source>A room message did not decode and was dropped.</source>
        <translation>Съобщение от стая не можа да бъде декодирано и беше премахнато.</translation>
    </message>
    <message>
        <source>A room message did not match what the relay recorded and was dropped.</source>
        <translation>Съобщение от стая не съвпадна със записаното от релето и беше премахнато.</translation>
    </message>
    <message>
        <source>A room message waited too long for its sender&apos;s key and was dropped.</source>
        <translation>Съобщение от стая чака твърде дълго ключа на подателя си и беше премахнато.</translation>
    </message>
    <message>
        <source>A room message with a malformed sender was dropped.</source>
        <translation>Съобщение от стая с неправилно съставен подател беше премахнато.</translation>
    </message>
    <message>
        <source>Something went wrong inside the program.</source>
        <translation>Нещо се обърка в програмата.</translation>
    </message>
    <message>
        <source>The room id</source>
        <translation>Идентификаторът на стаята</translation>
    </message>
    <message>
        <source>The organisation id</source>
        <translation>Идентификаторът на организацията</translation>
    </message>
    <message>
        <source>The region</source>
        <translation>Регионът</translation>
    </message>
    <message>
        <source>The Relais id</source>
        <translation>Идентификаторът в Relais</translation>
    </message>
    <message>
        <source>The room&apos;s name</source>
        <translation>Името на стаята</translation>
    </message>
    <message>
        <source>The organisation&apos;s name</source>
        <translation>Името на организацията</translation>
    </message>
    <message>
        <source>The description</source>
        <translation>Описанието</translation>
    </message>
    <message>
        <source>The contact line</source>
        <translation>Редът за контакт</translation>
    </message>
    <message>
        <source>The language</source>
        <translation>Езикът</translation>
    </message>
    <message>
        <source>Who may join</source>
        <translation>Кой може да влезе</translation>
    </message>
    <message>
        <source>The role</source>
        <translation>Ролята</translation>
    </message>
    <message>
        <source>The role&apos;s room or organisation</source>
        <translation>Стаята или организацията на ролята</translation>
    </message>
    <message>
        <source>How long the room keeps messages</source>
        <translation>Колко дълго стаята пази съобщенията</translation>
    </message>
    <message>
        <source>How long messages stay</source>
        <translation>Колко дълго остават съобщенията</translation>
    </message>
    <message>
        <source>The number of members</source>
        <translation>Броят членове</translation>
    </message>
    <message>
        <source>The moderator action</source>
        <translation>Действието на модератора</translation>
    </message>
    <message>
        <source>The message</source>
        <translation>Съобщението</translation>
    </message>
    <message>
        <source>The duration</source>
        <translation>Продължителността</translation>
    </message>
    <message>
        <source>The number of uses</source>
        <translation>Броят използвания</translation>
    </message>
    <message>
        <source>How long the code works</source>
        <translation>Колко дълго важи кодът</translation>
    </message>
    <message>
        <source>The day of the week</source>
        <translation>Денят от седмицата</translation>
    </message>
    <message>
        <source>The date</source>
        <translation>Датата</translation>
    </message>
    <message>
        <source>The start time</source>
        <translation>Началният час</translation>
    </message>
    <message>
        <source>The end time</source>
        <translation>Крайният час</translation>
    </message>
    <message>
        <source>The message id</source>
        <translation>Идентификаторът на съобщението</translation>
    </message>
    <message>
        <source>The ticket</source>
        <translation>Билетът</translation>
    </message>
    <message>
        <source>The period</source>
        <translation>Периодът</translation>
    </message>
    <message>
        <source>The opening hours</source>
        <translation>Работното време</translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation>Липсва: %1.</translation>
    </message>
    <message>
        <source>%1 is longer than %2 bytes.</source>
        <translation>%1: повече от %2 байта.</translation>
    </message>
    <message>
        <source>%1 is above its limit of %2.</source>
        <translation>%1 надвишава границата от %2.</translation>
    </message>
    <message>
        <source>%1 is not one this relay knows.</source>
        <translation>%1: това реле не го познава.</translation>
    </message>
    <message>
        <source>%1: no more than %2.</source>
        <translation>%1: не повече от %2.</translation>
    </message>
    <message>
        <source>%1 is not allowed here.</source>
        <translation>%1: не е позволено тук.</translation>
    </message>
    <message>
        <source>%1 is not written as it should be.</source>
        <translation>%1: не е написано както трябва.</translation>
    </message>
    <message>
        <source>A name must not be empty.</source>
        <translation>Името не може да е празно.</translation>
    </message>
    <message>
        <source>A name is at most %1 bytes long.</source>
        <translation>Името е най-много %1 байта.</translation>
    </message>
    <message>
        <source>A name must not contain control characters (tabs, line breaks).</source>
        <translation>Името не може да съдържа контролни знаци (табулации, нови редове).</translation>
    </message>
    <message>
        <source>A name must not start or end with a space.</source>
        <translation>Името не може да започва или завършва с интервал.</translation>
    </message>
    <message>
        <source>Another contact already has this id.</source>
        <translation>Друг контакт вече има този идентификатор.</translation>
    </message>
    <message>
        <source>A part of the request</source>
        <translation>Част от заявката</translation>
    </message>
    <message>
        <source>The relay address must start with ws:// or wss://.</source>
        <translation>Адресът на релето трябва да започва с ws:// или wss://.</translation>
    </message>
    <message>
        <source>The relay address must not carry a user name.</source>
        <translation>Адресът на релето не може да съдържа потребителско име.</translation>
    </message>
    <message>
        <source>The relay address has an unclosed &apos;[&apos;.</source>
        <translation>Адресът на релето има незатворена „[“.</translation>
    </message>
    <message>
        <source>The relay address has something unexpected after its host.</source>
        <translation>Адресът на релето има нещо неочаквано след хоста.</translation>
    </message>
    <message>
        <source>The relay address has an empty port.</source>
        <translation>Адресът на релето има празен порт.</translation>
    </message>
    <message>
        <source>The relay address has a malformed IPv6 host.</source>
        <translation>Адресът на релето има неправилен IPv6 хост.</translation>
    </message>
    <message>
        <source>The relay address has no host.</source>
        <translation>Адресът на релето няма хост.</translation>
    </message>
    <message>
        <source>The relay address has a malformed host.</source>
        <translation>Адресът на релето има неправилен хост.</translation>
    </message>
    <message>
        <source>The relay address has a malformed port.</source>
        <translation>Адресът на релето има неправилен порт.</translation>
    </message>
    <message>
        <source>The relay port must be between 1 and 65535.</source>
        <translation>Портът на релето трябва да е между 1 и 65535.</translation>
    </message>
    <message>
        <source>The relay address has a malformed path.</source>
        <translation>Адресът на релето има неправилен път.</translation>
    </message>
    <message>
        <source>The relay address is not usable.</source>
        <translation>Адресът на релето не може да се използва.</translation>
    </message>
    <message>
        <source>The relay at %1 cannot be reached. Check the address and the connection.</source>
        <translation>Релето на %1 е недостъпно. Провери адреса и връзката.</translation>
    </message>
    <message>
        <source>The relay at %1 did not answer in time.</source>
        <translation>Релето на %1 не отговори навреме.</translation>
    </message>
    <message>
        <source>The relay at %1 could not prove who it is: its certificate is not trusted.</source>
        <translation>Релето на %1 не можа да докаже кое е: сертификатът му не е доверен.</translation>
    </message>
    <message>
        <source>The relay at %1 sent something this program does not accept.</source>
        <translation>Релето на %1 изпрати нещо, което тази програма не приема.</translation>
    </message>
    <message>
        <source>The certificate file given for the relay cannot be used.</source>
        <translation>Файлът със сертификат, даден за релето, не може да се използва.</translation>
    </message>
    <message>
        <source>The connection to the relay at %1 failed.</source>
        <translation>Връзката с релето на %1 се провали.</translation>
    </message>
    <message>
        <source>this device does not allow writing there</source>
        <translation>това устройство не позволява запис там</translation>
    </message>
    <message>
        <source>the folder is missing</source>
        <translation>папката липсва</translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation>файлът е повреден</translation>
    </message>
    <message>
        <source>the disk refused (it may be full or read-only)</source>
        <translation>дискът отказа (може да е пълен или само за четене)</translation>
    </message>
    <message>
        <source>the disk refused</source>
        <translation>дискът отказа</translation>
    </message>
    <message>
        <source>You are not on duty for this organisation: go on duty first.</source>
        <translation>Не си на дежурство за тази организация: първо започни дежурство.</translation>
    </message>
    <message>
        <source>This conversation was handed to a colleague; you can no longer write in it.</source>
        <translation>Този разговор беше предаден на колега; вече не можеш да пишеш в него.</translation>
    </message>
    <message>
        <source>That colleague is not on duty now; choose another one.</source>
        <translation>Този колега не е на дежурство сега; избери някой друг.</translation>
    </message>
    <message>
        <source>The person has not come back since the relay restarted; write once she is back.</source>
        <translation>Човекът не се е върнал, откакто релето се рестартира; пиши, когато се върне.</translation>
    </message>
    <message>
        <source>This message is not on this device any more.</source>
        <translation>Това съобщение вече не е на това устройство.</translation>
    </message>
    <message>
        <source>A message for a permanence conversation this device does not hold was dropped.</source>
        <translation>Съобщение за разговор от дежурство, който това устройство няма, беше отхвърлено.</translation>
    </message>
    <message>
        <source>This report is not on this device any more.</source>
        <translation>Този сигнал вече не е на това устройство.</translation>
    </message>
    <message>
        <source>The relay&apos;s inbox does not list this message (it was full when it came): it cannot be marked handled for your colleagues.</source>
        <translation>Кутията на релето не съдържа това съобщение (беше пълна, когато пристигна): то не може да бъде отбелязано като обработено за колегите ти.</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Quick exit</source>
        <translation>Бърз изход</translation>
    </message>
    <message>
        <source>Press Escape twice, or the Quick exit button: every window disappears at once and the profile is locked. Open the program again and type your passphrase to come back.</source>
        <translation>Натисни Escape два пъти или бутона „Бърз изход“: всички прозорци изчезват веднага и профилът се заключва. Отвори програмата отново и въведи паролата си, за да се върнеш.</translation>
    </message>
    <message>
        <source>What stays on this computer</source>
        <translation>Какво остава на този компютър</translation>
    </message>
    <message>
        <source>Your messages, contacts and keys are kept in one encrypted file, readable only with your passphrase. Nobody can recover the passphrase: if it is forgotten, the profile is lost.</source>
        <translation>Съобщенията, контактите и ключовете ти се пазят в един шифрован файл, който може да се прочете само с паролата ти. Никой не може да възстанови паролата: ако я забравиш, профилът е изгубен.</translation>
    </message>
    <message>
        <source>A search of the computer can still show that the program is installed, that the folder %1 exists and how big it is, when it last changed, and the preferences file %2 (language, lock time; no messages).</source>
        <translation>При претърсване на компютъра все пак може да се види, че програмата е инсталирана, че папката %1 съществува и колко е голяма, кога е променена за последно, както и файлът с настройки %2 (език, време за заключване; без съобщения).</translation>
    </message>
    <message>
        <source>Turn on discretion in the settings to give the window a neutral title and icon. Keep message text out of notifications unless you are alone with this computer.</source>
        <translation>Включи дискретността в настройките, за да дадеш на прозореца неутрално заглавие и икона. Не показвай текста на съобщенията в известията, освен ако не си сам(а) с този компютър.</translation>
    </message>
    <message>
        <source>Removing the program and its data</source>
        <translation>Премахване на програмата и данните ѝ</translation>
    </message>
    <message>
        <source>Quit the program.</source>
        <translation>Затвори програмата.</translation>
    </message>
    <message>
        <source>Delete the folder %1 (this erases the profile for good).</source>
        <translation>Изтрий папката %1 (това изтрива профила завинаги).</translation>
    </message>
    <message>
        <source>Uninstall the program with your system&apos;s software tool (for example: sudo apt remove relais), and empty the trash.</source>
        <translation>Деинсталирай програмата с инструмента за програми на системата (например: sudo apt remove relais) и изпразни кошчето.</translation>
    </message>
    <message>
        <source>The relay keeps no name, no telephone number and no address of yours. Your account there stops being used when the profile is deleted.</source>
        <translation>Релето не пази твое име, телефонен номер или адрес. Акаунтът ти там престава да се използва, когато профилът бъде изтрит.</translation>
    </message>
</context>
<context>
    <name>Notification</name>
    <message>
        <source>Something new arrived.</source>
        <translation>Пристигна нещо ново.</translation>
    </message>
    <message>
        <source>%1 in %2: %3</source>
        <translation>%1 в %2: %3</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <source>Choose a passphrase.</source>
        <translation>Избери парола.</translation>
    </message>
    <message>
        <source>Weak: a few words nobody would link to you are easier to remember and harder to guess.</source>
        <translation>Слаба: няколко думи, които никой не би свързал с теб, се помнят по-лесно и се отгатват по-трудно.</translation>
    </message>
    <message>
        <source>Fair: one or two more words would make it much stronger.</source>
        <translation>Средна: още една-две думи биха я направили много по-силна.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Силна.</translation>
    </message>
</context>
<context>
    <name>relais::qt::AdminDialog</name>
    <message>
        <source>Administration</source>
        <translation>Администриране</translation>
    </message>
    <message>
        <source>For the relay&apos;s admins (invite codes for an invite room: its moderators too). The relay refuses anyone else.</source>
        <translation>За администраторите на релето (кодове за покана за стая с покана: и за нейните модератори). Релето отказва на всички останали.</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Роли</translation>
    </message>
    <message>
        <source>New room</source>
        <translation>Нова стая</translation>
    </message>
    <message>
        <source>Invite code</source>
        <translation>Код за покана</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Нова организация</translation>
    </message>
    <message>
        <source>Here is the code; it works until %1.</source>
        <translation>Ето кода; важи до %1.</translation>
    </message>
    <message>
        <source>Here is the code.</source>
        <translation>Ето кода.</translation>
    </message>
    <message>
        <source>26 letters and digits, as &quot;My id&quot; shows it</source>
        <translation>26 букви и цифри, както ги показва „Моят идентификатор“</translation>
    </message>
    <message>
        <source>Relais id</source>
        <translation>Идентификатор в Relais</translation>
    </message>
    <message>
        <source>Moderator of a room</source>
        <translation>Модератор на стая</translation>
    </message>
    <message>
        <source>Outreach worker of an organisation</source>
        <translation>Теренен работник на организация</translation>
    </message>
    <message>
        <source>Admin of the relay</source>
        <translation>Администратор на релето</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роля</translation>
    </message>
    <message>
        <source>Room or organisation id</source>
        <translation>Идентификатор на стая или организация</translation>
    </message>
    <message>
        <source>Give the role</source>
        <translation>Дай ролята</translation>
    </message>
    <message>
        <source>Take the role away</source>
        <translation>Отнеми ролята</translation>
    </message>
    <message>
        <source>Asking the relay…</source>
        <translation>Питане към релето…</translation>
    </message>
    <message>
        <source>lowercase letters, digits, &apos;-&apos;: liege</source>
        <translation>малки букви, цифри, „-“: liege</translation>
    </message>
    <message>
        <source>Room id</source>
        <translation>Идентификатор на стая</translation>
    </message>
    <message>
        <source>Name in French</source>
        <translation>Име на френски</translation>
    </message>
    <message>
        <source>Name in Dutch</source>
        <translation>Име на нидерландски</translation>
    </message>
    <message>
        <source>Open: anyone may join</source>
        <translation>Отворена: всеки може да влезе</translation>
    </message>
    <message>
        <source>Knock: a moderator lets people in</source>
        <translation>С молба: модератор пуска хората</translation>
    </message>
    <message>
        <source>Invite: with a code only</source>
        <translation>С покана: само с код</translation>
    </message>
    <message>
        <source>Who may join</source>
        <translation>Кой може да влезе</translation>
    </message>
    <message>
        <source>optional: the city&apos;s room, for the resources</source>
        <translation>по избор: стаята на града, за помощните услуги</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Create the room</source>
        <translation>Създай стаята</translation>
    </message>
    <message>
        <source>empty: a code to register on this relay</source>
        <translation>празно: код за регистрация в това реле</translation>
    </message>
    <message>
        <source>Invite room id</source>
        <translation>Идентификатор на стаята с покана</translation>
    </message>
    <message>
        <source>Works this many times</source>
        <translation>Важи толкова пъти</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дни</translation>
    </message>
    <message>
        <source>the relay&apos;s default (a week)</source>
        <translation>стандартното за релето (една седмица)</translation>
    </message>
    <message>
        <source>Valid for</source>
        <translation>Валиден за</translation>
    </message>
    <message>
        <source>Create a code</source>
        <translation>Създай код</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>lowercase letters, digits, &apos;-&apos;: espace-p</source>
        <translation>малки букви, цифри, „-“: espace-p</translation>
    </message>
    <message>
        <source>Organisation id</source>
        <translation>Идентификатор на организация</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Име</translation>
    </message>
    <message>
        <source>What it offers</source>
        <translation>Какво предлага</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Езици</translation>
    </message>
    <message>
        <source>How to reach it</source>
        <translation>Как да се свържеш с нея</translation>
    </message>
    <message>
        <source>Create the organisation</source>
        <translation>Създай организацията</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Затвори</translation>
    </message>
</context>
<context>
    <name>relais::qt::AdminRequests</name>
    <message>
        <source>This is not a Relais id (26 letters and digits).</source>
        <translation>Това не е идентификатор в Relais (26 букви и цифри).</translation>
    </message>
    <message>
        <source>The admin role is for the whole relay: give no room.</source>
        <translation>Ролята на администратор е за цялото реле: не давай стая.</translation>
    </message>
    <message>
        <source>Give the id of the room, such as brussels.</source>
        <translation>Дай идентификатора на стаята, например brussels.</translation>
    </message>
    <message>
        <source>Give the id of the organisation, such as espace-p.</source>
        <translation>Дай идентификатора на организацията, например espace-p.</translation>
    </message>
    <message>
        <source>The role is moderator, outreach worker or admin.</source>
        <translation>Ролята е модератор, теренен работник или администратор.</translation>
    </message>
    <message>
        <source>Languages are two-letter codes separated by commas: fr, nl, en.</source>
        <translation>Езиците са кодове от две букви, разделени със запетаи: fr, nl, en.</translation>
    </message>
    <message>
        <source>Give at most %1 languages.</source>
        <translation>Дай най-много %1 езика.</translation>
    </message>
    <message>
        <source>A room id is 1 to %1 lowercase letters, digits or &apos;-&apos;.</source>
        <translation>Идентификаторът на стая е от 1 до %1 малки букви, цифри или „-“.</translation>
    </message>
    <message>
        <source>A room needs a name in French and in Dutch.</source>
        <translation>Стаята трябва да има име на френски и на нидерландски.</translation>
    </message>
    <message>
        <source>A room name is at most %1 bytes.</source>
        <translation>Името на стая е най-много %1 байта.</translation>
    </message>
    <message>
        <source>The join policy is open, knock or invite.</source>
        <translation>Правилото за влизане е open, knock или invite.</translation>
    </message>
    <message>
        <source>A region is a room id, such as brussels.</source>
        <translation>Регионът е идентификатор на стая, например brussels.</translation>
    </message>
    <message>
        <source>An organisation id is 1 to %1 lowercase letters, digits or &apos;-&apos;.</source>
        <translation>Идентификаторът на организация е от 1 до %1 малки букви, цифри или „-“.</translation>
    </message>
    <message>
        <source>An organisation&apos;s name is 1 to %1 bytes.</source>
        <translation>Името на организация е от 1 до %1 байта.</translation>
    </message>
    <message>
        <source>A description is at most %1 bytes.</source>
        <translation>Описанието е най-много %1 байта.</translation>
    </message>
    <message>
        <source>A contact line is at most %1 bytes.</source>
        <translation>Редът за контакт е най-много %1 байта.</translation>
    </message>
    <message>
        <source>The profile is locked.</source>
        <translation>Профилът е заключен.</translation>
    </message>
    <message>
        <source>%1 has the role now.</source>
        <translation>%1 вече има ролята.</translation>
    </message>
    <message>
        <source>%1 no longer has the role.</source>
        <translation>%1 вече няма ролята.</translation>
    </message>
    <message>
        <source>The room %1 was created.</source>
        <translation>Стаята %1 беше създадена.</translation>
    </message>
    <message>
        <source>A code works from 1 to %1 times.</source>
        <translation>Кодът важи от 1 до %1 пъти.</translation>
    </message>
    <message>
        <source>A code is valid for at most %1 days.</source>
        <translation>Кодът е валиден най-много %1 дни.</translation>
    </message>
    <message>
        <source>The organisation %1 was created.</source>
        <translation>Организацията %1 беше създадена.</translation>
    </message>
</context>
<context>
    <name>relais::qt::ChatPage</name>
    <message>
        <source>Safety number</source>
        <translation>Номер за сигурност</translation>
    </message>
    <message>
        <source>Mark verified (the safety numbers match)</source>
        <translation>Отбележи като потвърден (номерата за сигурност съвпадат)</translation>
    </message>
    <message>
        <source>Accept the new identity key without comparing</source>
        <translation>Приеми новия ключ за самоличност без сравняване</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rooms&lt;/b&gt;</source>
        <translation>&lt;b&gt;Стаи&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Direct conversations&lt;/b&gt;</source>
        <translation>&lt;b&gt;Лични разговори&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Join this room</source>
        <translation>Влез в тази стая</translation>
    </message>
    <message>
        <source>Write a message</source>
        <translation>Напиши съобщение</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Изпрати</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Разговор</translation>
    </message>
    <message>
        <source>Outreach desk</source>
        <translation>Бюро за теренна работа</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Членове</translation>
    </message>
    <message>
        <source>Permanence</source>
        <translation>Дежурство</translation>
    </message>
    <message>
        <source>Moderation</source>
        <translation>Модериране</translation>
    </message>
    <message>
        <source>Choose a room or a conversation on the left.</source>
        <translation>Избери стая или разговор вляво.</translation>
    </message>
    <message>
        <source>Safety alert</source>
        <translation>Предупреждение за безопасност</translation>
    </message>
    <message>
        <source>Write privately</source>
        <translation>Пиши лично</translation>
    </message>
    <message>
        <source>Mute for an hour</source>
        <translation>Без писане за един час</translation>
    </message>
    <message>
        <source>Remove from the room</source>
        <translation>Извади от стаята</translation>
    </message>
    <message>
        <source>Ban from the room</source>
        <translation>Изключи от стаята</translation>
    </message>
    <message>
        <source>Report this message…</source>
        <translation>Сигнализирай за това съобщение…</translation>
    </message>
    <message>
        <source>Remove this message</source>
        <translation>Премахни това съобщение</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Сигнализирай</translation>
    </message>
    <message>
        <source>Why do you report it?</source>
        <translation>Защо сигнализираш?</translation>
    </message>
    <message>
        <source>A comment for the moderators (optional):</source>
        <translation>Коментар за модераторите (по избор):</translation>
    </message>
    <message>
        <source>Write to an id…</source>
        <translation>Пиши на идентификатор…</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>Нов разговор</translation>
    </message>
    <message>
        <source>The person&apos;s Relais id (26 letters and digits; they see it in their profile):</source>
        <translation>Идентификаторът в Relais на човека (26 букви и цифри; вижда го в профила си):</translation>
    </message>
    <message>
        <source>A name for this person, on this computer only:</source>
        <translation>Име за този човек, само на този компютър:</translation>
    </message>
    <message>
        <source>Leave this room</source>
        <translation>Напусни тази стая</translation>
    </message>
    <message>
        <source>Invite code</source>
        <translation>Код за покана</translation>
    </message>
    <message>
        <source>%1 admits members with an invite code from its moderators. The code:</source>
        <translation>%1 приема членове с код за покана от модераторите си. Кодът:</translation>
    </message>
    <message>
        <source>Chat permanences (Brussels time)</source>
        <translation>Чат дежурства (брюкселско време)</translation>
    </message>
    <message>
        <source>Mark verified</source>
        <translation>Отбележи като потвърден</translation>
    </message>
    <message>
        <source>Accept the new key</source>
        <translation>Приеми новия ключ</translation>
    </message>
</context>
<context>
    <name>relais::qt::ConversationModel</name>
    <message>
        <source>a moderator</source>
        <translation>модератор</translation>
    </message>
    <message>
        <source>an outreach worker</source>
        <translation>теренен работник</translation>
    </message>
    <message>
        <source>an administrator</source>
        <translation>администратор</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Ти</translation>
    </message>
    <message>
        <source>sending…</source>
        <translation>изпраща се…</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>изпратено</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>неизпратено</translation>
    </message>
    <message>
        <source>Safety alert</source>
        <translation>Предупреждение за безопасност</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>някой</translation>
    </message>
    <message>
        <source>%1 joined the room.</source>
        <translation>%1 влезе в стаята.</translation>
    </message>
    <message>
        <source>%1 left the room.</source>
        <translation>%1 напусна стаята.</translation>
    </message>
    <message>
        <source>%1 was removed from the room by a moderator.</source>
        <translation>%1 беше изведен(а) от стаята от модератор.</translation>
    </message>
    <message>
        <source>%1 was banned by a moderator.</source>
        <translation>%1 беше изключен(а) от модератор.</translation>
    </message>
    <message>
        <source>%1 may join again.</source>
        <translation>%1 може да влезе отново.</translation>
    </message>
    <message>
        <source>%1 may write again.</source>
        <translation>%1 може да пише отново.</translation>
    </message>
    <message>
        <source>%1 was muted until %2.</source>
        <translation>%1 не може да пише до %2.</translation>
    </message>
    <message>
        <source>A moderator removed a message.</source>
        <translation>Модератор премахна съобщение.</translation>
    </message>
    <message>
        <source>A moderator pinned a safety alert.</source>
        <translation>Модератор закачи предупреждение за безопасност.</translation>
    </message>
    <message>
        <source>A moderator unpinned the safety alert.</source>
        <translation>Модератор откачи предупреждението за безопасност.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 вече е %2.</translation>
    </message>
    <message>
        <source>%1 is no longer %2.</source>
        <translation>%1 вече не е %2.</translation>
    </message>
    <message>
        <source>A chat permanence opened.</source>
        <translation>Започна чат дежурство.</translation>
    </message>
    <message>
        <source>The chat permanence closed.</source>
        <translation>Чат дежурството приключи.</translation>
    </message>
    <message>
        <source>Something changed in the room.</source>
        <translation>Нещо се промени в стаята.</translation>
    </message>
    <message>
        <source>a member</source>
        <translation>член</translation>
    </message>
    <message>
        <source>A moderator removed you from this room. You can join it again.</source>
        <translation>Модератор те изведе от тази стая. Можеш да влезеш отново.</translation>
    </message>
    <message>
        <source>A moderator banned you from this room: you can no longer read or write here, nor join again, unless a moderator lifts the ban.</source>
        <translation>Модератор те изключи от тази стая: вече не можеш да четеш и пишеш тук, нито да влезеш отново, освен ако модератор не отмени изключването.</translation>
    </message>
    <message>
        <source>A moderator lifted your ban: you can join this room again.</source>
        <translation>Модератор отмени изключването ти: можеш отново да влезеш в тази стая.</translation>
    </message>
    <message>
        <source>A moderator lifted your mute: you can write again.</source>
        <translation>Модератор ти върна думата: можеш да пишеш отново.</translation>
    </message>
    <message>
        <source>A moderator muted you until %1: you can read, and write again after that.</source>
        <translation>Модератор не ти позволява да пишеш до %1: можеш да четеш и ще можеш да пишеш отново след това.</translation>
    </message>
</context>
<context>
    <name>relais::qt::EngineHost</name>
    <message>
        <source>Warning: the identity key of %1 changed. It may be a new phone, or someone else: nothing is sent to them until you compare the safety number and mark them verified, or accept the new key.</source>
        <translation>Внимание: ключът за самоличност на %1 се е променил. Може да е нов телефон или някой друг: нищо не му се изпраща, докато не сравниш номера за сигурност и не го отбележиш като потвърден, или не приемеш новия ключ.</translation>
    </message>
    <message>
        <source>No profile folder.</source>
        <translation>Няма папка за профил.</translation>
    </message>
    <message>
        <source>There is already a profile in %1; unlock it instead.</source>
        <translation>Вече има профил в %1; отключи него.</translation>
    </message>
    <message>
        <source>The passphrase is empty.</source>
        <translation>Паролата е празна.</translation>
    </message>
    <message>
        <source>The CA file %1 cannot be read.</source>
        <translation>Файлът CA %1 не може да бъде прочетен.</translation>
    </message>
    <message>
        <source>There is no profile in %1.</source>
        <translation>Няма профил в %1.</translation>
    </message>
    <message>
        <source>Wrong passphrase.</source>
        <translation>Грешна парола.</translation>
    </message>
    <message>
        <source>The profile in %1 is damaged.</source>
        <translation>Профилът в %1 е повреден.</translation>
    </message>
    <message>
        <source>The profile is open in another program; close it first.</source>
        <translation>Профилът е отворен в друга програма; първо я затвори.</translation>
    </message>
    <message>
        <source>The profile in %1 is not registered.</source>
        <translation>Профилът в %1 не е регистриран.</translation>
    </message>
    <message>
        <source>The profile is locked.</source>
        <translation>Профилът е заключен.</translation>
    </message>
    <message>
        <source>The passphrase is being changed already.</source>
        <translation>Паролата вече се сменя.</translation>
    </message>
    <message>
        <source>The new passphrase is empty.</source>
        <translation>Новата парола е празна.</translation>
    </message>
    <message>
        <source>The new passphrase is too weak; add a few words.</source>
        <translation>Новата парола е твърде слаба; добави няколко думи.</translation>
    </message>
    <message>
        <source>The new passphrase is the same as the current one.</source>
        <translation>Новата парола е същата като сегашната.</translation>
    </message>
    <message>
        <source>The profile could not be read.</source>
        <translation>Профилът не можа да бъде прочетен.</translation>
    </message>
    <message>
        <source>The current passphrase is wrong.</source>
        <translation>Сегашната парола е грешна.</translation>
    </message>
    <message>
        <source>The profile could not be read: %1</source>
        <translation>Профилът не можа да бъде прочетен: %1</translation>
    </message>
    <message>
        <source>The passphrase could not be changed: %1</source>
        <translation>Паролата не можа да бъде сменена: %1</translation>
    </message>
    <message>
        <source>The relay closed the connection.</source>
        <translation>Релето затвори връзката.</translation>
    </message>
    <message>
        <source>The profile could not be saved: %1</source>
        <translation>Профилът не можа да бъде запазен: %1</translation>
    </message>
    <message>
        <source>The profile could not be created in %1: %2</source>
        <translation>Профилът не можа да бъде създаден в %1: %2</translation>
    </message>
    <message>
        <source>The relay address is not usable.</source>
        <translation>Адресът на релето не може да се използва.</translation>
    </message>
    <message>
        <source>The pseudonym is not usable: %1</source>
        <translation>Псевдонимът не може да се използва: %1</translation>
    </message>
</context>
<context>
    <name>relais::qt::MainWindow</name>
    <message>
        <source>Locked after a time without use.</source>
        <translation>Заключено след време без използване.</translation>
    </message>
    <message>
        <source>Your profile was created.</source>
        <translation>Профилът ти беше създаден.</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>Бърз изход</translation>
    </message>
    <message>
        <source>Hides everything at once and locks (or press Escape twice).</source>
        <translation>Скрива всичко наведнъж и заключва (или натисни Escape два пъти).</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Заключи</translation>
    </message>
    <message>
        <source>Passphrase…</source>
        <translation>Парола…</translation>
    </message>
    <message>
        <source>Change the passphrase of this profile.</source>
        <translation>Смени паролата на този профил.</translation>
    </message>
    <message>
        <source>Administration…</source>
        <translation>Администриране…</translation>
    </message>
    <message>
        <source>Roles, rooms, invite codes and organisations (admins).</source>
        <translation>Роли, стаи, кодове за покана и организации (администратори).</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Помощни услуги</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Помощ</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Заключено</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Свързване…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Свързано</translation>
    </message>
    <message>
        <source>Offline; trying again</source>
        <translation>Няма връзка; нов опит</translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation>Паролата беше сменена.</translation>
    </message>
    <message>
        <source>My id</source>
        <translation>Моят идентификатор</translation>
    </message>
    <message>
        <source>&lt;p&gt;Pseudonym: &lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Relais id (give it to someone who wants to write to you):&lt;br&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Псевдоним: &lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Идентификатор в Relais (дай го на някой, който иска да ти пише):&lt;br&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Затвори</translation>
    </message>
</context>
<context>
    <name>relais::qt::MemberModel</name>
    <message>
        <source>If they read you the same digits (in person, or in a call where you know their voice), nobody is in the middle: mark them verified with the button below.</source>
        <translation>Ако човекът ти прочете същите цифри (лично или в разговор, в който познаваш гласа му), никой не е по средата: отбележи го като потвърден с бутона отдолу.</translation>
    </message>
    <message>
        <source>identity key changed: compare the safety number</source>
        <translation>ключът за самоличност се промени: сравни номера за сигурност</translation>
    </message>
    <message>
        <source>name like someone you know: it may not be them</source>
        <translation>име като на познат човек: може да не е той</translation>
    </message>
    <message>
        <source>(you)</source>
        <translation>(ти)</translation>
    </message>
    <message>
        <source>moderator</source>
        <translation>модератор</translation>
    </message>
    <message>
        <source>outreach worker</source>
        <translation>теренен работник</translation>
    </message>
    <message>
        <source>Safety number:</source>
        <translation>Номер за сигурност:</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>потвърден</translation>
    </message>
</context>
<context>
    <name>relais::qt::ModLogModel</name>
    <message>
        <source>moderator</source>
        <translation>модератор</translation>
    </message>
    <message>
        <source>outreach worker</source>
        <translation>теренен работник</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>администратор</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n ден</numerusform>
            <numerusform>%n дни</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 ч</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Някой</translation>
    </message>
    <message>
        <source>%1 let %2 in</source>
        <translation>%1 пусна %2 да влезе</translation>
    </message>
    <message>
        <source>%1 refused %2</source>
        <translation>%1 отказа на %2</translation>
    </message>
    <message>
        <source>%1 removed %2 from the room</source>
        <translation>%1 изведе %2 от стаята</translation>
    </message>
    <message>
        <source>%1 banned %2</source>
        <translation>%1 изключи %2</translation>
    </message>
    <message>
        <source>%1 lifted the ban on %2</source>
        <translation>%1 отмени изключването на %2</translation>
    </message>
    <message>
        <source>%1 let %2 speak again</source>
        <translation>%1 позволи на %2 да пише отново</translation>
    </message>
    <message>
        <source>%1 muted %2 for %3</source>
        <translation>%1 забрани на %2 да пише за %3</translation>
    </message>
    <message>
        <source>%1 removed message %2</source>
        <translation>%1 премахна съобщение %2</translation>
    </message>
    <message>
        <source>%1 pinned message %2</source>
        <translation>%1 закачи съобщение %2</translation>
    </message>
    <message>
        <source>%1 pinned message %2 for %3</source>
        <translation>%1 закачи съобщение %2 за %3</translation>
    </message>
    <message>
        <source>%1 unpinned message %2</source>
        <translation>%1 откачи съобщение %2</translation>
    </message>
    <message>
        <source>%1 made %2 %3</source>
        <translation>%1 направи %2 %3</translation>
    </message>
    <message>
        <source>%1 took the %3 role from %2</source>
        <translation>%1 отне ролята %3 от %2</translation>
    </message>
    <message>
        <source>By: %1</source>
        <translation>От: %1</translation>
    </message>
    <message>
        <source>About: %1</source>
        <translation>Относно: %1</translation>
    </message>
    <message>
        <source>Reading the log…</source>
        <translation>Четене на дневника…</translation>
    </message>
    <message>
        <source>Nothing in the log yet.</source>
        <translation>Все още няма нищо в дневника.</translation>
    </message>
    <message>
        <source>The relay did not give the log: %1</source>
        <translation>Релето не даде дневника: %1</translation>
    </message>
    <message>
        <source>member</source>
        <translation>член</translation>
    </message>
    <message>
        <source>%1 did something this program does not know</source>
        <translation>%1 направи нещо, което тази програма не познава</translation>
    </message>
</context>
<context>
    <name>relais::qt::ModerationPanel</name>
    <message>
        <source>Requests and reports</source>
        <translation>Молби и сигнали</translation>
    </message>
    <message>
        <source>Join requests</source>
        <translation>Молби за влизане</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Опресни</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Одобри</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Откажи</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Сигнали</translation>
    </message>
    <message>
        <source>Remove the message</source>
        <translation>Премахни съобщението</translation>
    </message>
    <message>
        <source>Ban the sender</source>
        <translation>Изключи подателя</translation>
    </message>
    <message>
        <source>✔ verified: the relay confirms this person sent exactly this text. A report that is not verified may be forged.</source>
        <translation>✔ потвърдено: релето потвърждава, че този човек е изпратил точно този текст. Сигнал, който не е потвърден, може да е подправен.</translation>
    </message>
    <message>
        <source>Safety alert</source>
        <translation>Предупреждение за безопасност</translation>
    </message>
    <message>
        <source>A warning for everyone in the room</source>
        <translation>Предупреждение за всички в стаята</translation>
    </message>
    <message>
        <source> h</source>
        <translation> ч</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Закачи</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Дневник</translation>
    </message>
    <message>
        <source>%1 · since %2</source>
        <translation>%1 · от %2</translation>
    </message>
    <message>
        <source>Nobody is waiting.</source>
        <translation>Никой не чака.</translation>
    </message>
    <message>
        <source>Mark as handled</source>
        <translation>Отбележи като обработен</translation>
    </message>
    <message>
        <source>Show the handled reports</source>
        <translation>Покажи обработените сигнали</translation>
    </message>
</context>
<context>
    <name>relais::qt::PassphraseDialog</name>
    <message>
        <source>Change the passphrase</source>
        <translation>Смени паролата</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Сегашна парола</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Нова парола</translation>
    </message>
    <message>
        <source>The new one again</source>
        <translation>Новата още веднъж</translation>
    </message>
    <message>
        <source>Nobody can recover a forgotten passphrase, not even the relay&apos;s operators: without it, the profile is lost.</source>
        <translation>Никой не може да възстанови забравена парола, дори операторите на релето: без нея профилът е изгубен.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Смени</translation>
    </message>
    <message>
        <source>Give the current passphrase.</source>
        <translation>Въведи сегашната парола.</translation>
    </message>
    <message>
        <source>The new passphrase is too weak; add a few words.</source>
        <translation>Новата парола е твърде слаба; добави няколко думи.</translation>
    </message>
    <message>
        <source>The two new passphrases differ.</source>
        <translation>Двете нови пароли се различават.</translation>
    </message>
    <message>
        <source>Changing…</source>
        <translation>Смяна…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отказ</translation>
    </message>
</context>
<context>
    <name>relais::qt::PermanenceListModel</name>
    <message>
        <source>open now</source>
        <translation>отворено сега</translation>
    </message>
    <message>
        <source>no opening planned</source>
        <translation>няма планирано отваряне</translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s) on duty</source>
        <translation>
            <numerusform>%n теренен работник на дежурство</numerusform>
            <numerusform>%n теренни работници на дежурство</numerusform>
        </translation>
    </message>
    <message>
        <source>planned until %1, nobody there yet</source>
        <translation>планирано до %1, още няма никого</translation>
    </message>
    <message>
        <source>The relay cannot be reached: this is what it said at %1 (Brussels time).</source>
        <translation>Релето не може да бъде достигнато: ето какво казваше в %1 (брюкселско време).</translation>
    </message>
    <message>
        <source>unknown while offline (open at %1)</source>
        <translation>неизвестно без връзка (отворено в %1)</translation>
    </message>
    <message>
        <source>unknown while offline (closed at %1)</source>
        <translation>неизвестно без връзка (затворено в %1)</translation>
    </message>
    <message>
        <source>next opening %1 (Brussels time)</source>
        <translation>следващо отваряне %1 (брюкселско време)</translation>
    </message>
</context>
<context>
    <name>relais::qt::PermanencePanel</name>
    <message>
        <source>Knock</source>
        <translation>Почукай</translation>
    </message>
    <message>
        <source>The worker offers to pass your conversation to a colleague.</source>
        <translation>Теренният работник предлага да предаде разговора ти на колега.</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Приемам</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Отказвам</translation>
    </message>
    <message>
        <source>Write to the outreach worker</source>
        <translation>Пиши на теренния работник</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Изпрати</translation>
    </message>
    <message>
        <source>Closed for now</source>
        <translation>Затворено засега</translation>
    </message>
    <message>
        <source>Leave a message: the organisation&apos;s workers will read it</source>
        <translation>Остави съобщение: работниците на организацията ще го прочетат</translation>
    </message>
    <message>
        <source>Leave the message</source>
        <translation>Остави съобщението</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Език:</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Френски</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Нидерландски</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Английски</translation>
    </message>
    <message>
        <source>Choose a permanence in the list.</source>
        <translation>Избери дежурство от списъка.</translation>
    </message>
    <message>
        <source>End the conversation</source>
        <translation>Приключи разговора</translation>
    </message>
    <message>
        <source>Leave the queue</source>
        <translation>Излез от опашката</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Ти</translation>
    </message>
    <message>
        <source>Outreach worker</source>
        <translation>Теренен работник</translation>
    </message>
    <message>
        <source> (sending)</source>
        <translation> (изпраща се)</translation>
    </message>
    <message>
        <source>In an emergency, call:</source>
        <translation>При спешен случай се обади на:</translation>
    </message>
    <message>
        <source>Knock anyway</source>
        <translation>Почукай въпреки това</translation>
    </message>
    <message>
        <source>The worker offers to pass your conversation to a colleague, %1.</source>
        <translation>Теренният работник предлага да предаде разговора ти на колега, %1.</translation>
    </message>
    <message>
        <source>This permanence is held in %1. You can knock anyway, or leave a message when it is closed.</source>
        <translation>Това дежурство се провежда на %1. Можеш да почукаш въпреки това или да оставиш съобщение, когато е затворено.</translation>
    </message>
    <message>
        <source>The permanence has closed; your conversation goes on until one of you ends it.</source>
        <translation>Дежурството приключи; разговорът ви продължава, докато някой от вас не го прекрати.</translation>
    </message>
    <message>
        <source>The conversation is over.</source>
        <translation>Разговорът приключи.</translation>
    </message>
    <message>
        <source>Your messages with %1</source>
        <translation>Съобщенията ти с %1</translation>
    </message>
    <message>
        <source>End the conversation with the outreach worker? You can knock again later.</source>
        <translation>Да приключи ли разговорът с теренния работник? Можеш да почукаш отново по-късно.</translation>
    </message>
    <message>
        <source>Leave the queue? Your place goes to the next person.</source>
        <translation>Да напуснеш ли опашката? Мястото ти отива при следващия човек.</translation>
    </message>
</context>
<context>
    <name>relais::qt::ReportModel</name>
    <message>
        <source>Harassment</source>
        <translation>Тормоз</translation>
    </message>
    <message>
        <source>Doxing (someone&apos;s identity revealed)</source>
        <translation>Разкриване на самоличност (доксинг)</translation>
    </message>
    <message>
        <source>Signs of exploitation or trafficking</source>
        <translation>Признаци на експлоатация или трафик на хора</translation>
    </message>
    <message>
        <source>Threat of violence</source>
        <translation>Заплаха с насилие</translation>
    </message>
    <message>
        <source>Spam</source>
        <translation>Спам</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Друго</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>проверява се…</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>потвърден</translation>
    </message>
    <message>
        <source>NOT verified</source>
        <translation>НЕ е потвърдено</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>Коментар: %1</translation>
    </message>
    <message>
        <source>Handled</source>
        <translation>Обработен</translation>
    </message>
</context>
<context>
    <name>relais::qt::ResourcesDialog</name>
    <message>
        <source>Emergency numbers</source>
        <translation>Телефони за спешни случаи</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Организации</translation>
    </message>
    <message>
        <source>Not yet confirmed by the relay&apos;s operator.</source>
        <translation>Още не е потвърдено от оператора на релето.</translation>
    </message>
    <message>
        <source>Help and resources</source>
        <translation>Помощ и помощни услуги</translation>
    </message>
    <message>
        <source>All cities</source>
        <translation>Всички градове</translation>
    </message>
    <message>
        <source>Cities: %1</source>
        <translation>Градове: %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Затвори</translation>
    </message>
</context>
<context>
    <name>relais::qt::RoomListModel</name>
    <message>
        <source>waiting for a moderator</source>
        <translation>чака модератор</translation>
    </message>
    <message>
        <source>not joined</source>
        <translation>не си влязъл(а)</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n член</numerusform>
            <numerusform>%n членове</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click to join this room.</source>
        <translation>Щракни два пъти, за да влезеш в тази стая.</translation>
    </message>
</context>
<context>
    <name>relais::qt::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Като системата</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Език</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никога</translation>
    </message>
    <message>
        <source>Lock after this idle time</source>
        <translation>Заключване след това време без действие</translation>
    </message>
    <message>
        <source>Show message text in notifications</source>
        <translation>Показвай текста на съобщенията в известията</translation>
    </message>
    <message>
        <source>Anyone who sees the screen can read a notification. Leave this off unless you are alone with this computer.</source>
        <translation>Всеки, който вижда екрана, може да прочете известие. Остави това изключено, освен ако не си сам(а) с този компютър.</translation>
    </message>
    <message>
        <source>Discretion: a neutral window title and icon</source>
        <translation>Дискретност: неутрално заглавие и икона на прозореца</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отказ</translation>
    </message>
    <message>
        <source>%1 is not offered on this relay: Relais is shown in %2.</source>
        <extracomment>%1 and %2 are languages named in themselves (&quot;Română&quot;, &quot;English&quot;).</extracomment>
        <translation>%1 не се предлага на това реле; показан език: %2.</translation>
    </message>
</context>
<context>
    <name>relais::qt::TicketSession</name>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>около %n минута</numerusform>
            <numerusform>около %n минути</numerusform>
        </translation>
    </message>
    <message>
        <source>Knock to talk privately with an outreach worker.</source>
        <translation>Почукай, за да говориш лично с теренен работник.</translation>
    </message>
    <message>
        <source>Knocking…</source>
        <translation>Чукане…</translation>
    </message>
    <message>
        <source>Your place in the queue: %1. Estimated wait: %2.</source>
        <translation>Твоето място в опашката: %1. Очаквано чакане: %2.</translation>
    </message>
    <message>
        <source>An outreach worker took your ticket: you are talking privately.</source>
        <translation>Теренен работник взе билета ти: говорите насаме.</translation>
    </message>
    <message>
        <source>The permanence is closed. No opening is planned yet.</source>
        <translation>Дежурството е затворено. Все още няма планирано отваряне.</translation>
    </message>
    <message>
        <source>The permanence is closed. Next opening: %1 (Brussels time).</source>
        <translation>Дежурството е затворено. Следващо отваряне: %1 (брюкселско време).</translation>
    </message>
    <message>
        <source>The profile is locked.</source>
        <translation>Профилът е заключен.</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>Съобщението е празно.</translation>
    </message>
    <message>
        <source>Wait until an outreach worker takes your ticket.</source>
        <translation>Изчакай, докато теренен работник вземе билета ти.</translation>
    </message>
    <message>
        <source>An outreach worker took your ticket.</source>
        <translation>Теренен работник взе билета ти.</translation>
    </message>
    <message>
        <source>The conversation with the outreach worker ended.</source>
        <translation>Разговорът с теренния работник приключи.</translation>
    </message>
    <message>
        <source>Your message was left for the organisation; a worker will read it.</source>
        <translation>Съобщението ти беше оставено за организацията; работник ще го прочете.</translation>
    </message>
    <message>
        <source>You left the permanence.</source>
        <translation>Напусна дежурството.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Неизпратено: %1</translation>
    </message>
    <message>
        <source>Another outreach worker of the organisation now answers you, privately.</source>
        <translation>Сега ти отговаря друг теренен работник на организацията, насаме.</translation>
    </message>
    <message>
        <source>The conversation ended after 12 hours. You can knock again.</source>
        <translation>Разговорът приключи след 12 часа. Можеш да почукаш отново.</translation>
    </message>
    <message>
        <source>The permanence closed before a worker could take your ticket.</source>
        <translation>Дежурството затвори, преди теренен работник да вземе билета ти.</translation>
    </message>
    <message>
        <source>The conversation is over. You can knock again at any time.</source>
        <translation>Разговорът приключи. Можеш да почукаш отново по всяко време.</translation>
    </message>
    <message>
        <source>Another outreach worker of the organisation now answers you.</source>
        <translation>Сега ти отговаря друг теренен работник на организацията.</translation>
    </message>
    <message>
        <source>You were away for a while, so your place in the queue went to the people waiting after you. You can knock again.</source>
        <translation>Известно време те нямаше: мястото ти на опашката отиде при хората, които чакаха след теб. Можеш да почукаш отново.</translation>
    </message>
    <message>
        <source>The permanence is open, but its queue is full: no place was kept for you. Try again later.</source>
        <translation>Дежурството е отворено, но опашката е пълна: не ти беше запазено място. Опитай по-късно.</translation>
    </message>
    <message>
        <source>The permanence is open, but many people from your network or with new accounts are waiting already: no place was kept for you. Try again later.</source>
        <translation>Дежурството е отворено, но вече чакат много хора от твоята мрежа или с нови профили: не ти беше запазено място. Опитай по-късно.</translation>
    </message>
    <message>
        <source>The workers have your message, but the organisation&apos;s inbox on the relay is full: they may see it late. If it is urgent, the emergency numbers are under Resources.</source>
        <translation>Работниците имат съобщението ти, но кутията на организацията в релето е пълна: може да го видят късно. Ако е спешно, спешните номера са в Помощни услуги.</translation>
    </message>
    <message>
        <source>The workers have your message, but the relay could not add it to the organisation&apos;s inbox for now: they may see it late. If it is urgent, the emergency numbers are under Resources.</source>
        <translation>Работниците имат съобщението ти, но релето засега не можа да го добави в кутията на организацията: може да го видят късно. Ако е спешно, спешните номера са в Помощни услуги.</translation>
    </message>
    <message>
        <source>The permanence closed while you waited: your place in the queue has ended.</source>
        <translation>Дежурството приключи, докато чакаше: мястото ти на опашката отпадна.</translation>
    </message>
    <message>
        <source>The permanence is planned now until %1 (Brussels time), but no outreach worker is there yet. Knock again in a few minutes.</source>
        <translation>Дежурството е планирано сега до %1 (брюкселско време), но още няма теренен работник. Почукай отново след няколко минути.</translation>
    </message>
</context>
<context>
    <name>relais::qt::WelcomePage</name>
    <message>
        <source>&lt;h2&gt;Welcome&lt;/h2&gt;&lt;p&gt;Choose the relay your organisation gave you, a pseudonym (not your real name) and a passphrase. Nothing else about you is asked or kept.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Добре дошъл/дошла&lt;/h2&gt;&lt;p&gt;Избери релето, което ти е дала организацията, псевдоним (не истинското ти име) и парола. Нищо друго за теб не се иска и не се пази.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>only if the relay asks for one</source>
        <translation>само ако релето поиска</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nobody can recover a forgotten passphrase&lt;/b&gt;, not even the relay&apos;s operator: the profile and its messages would be lost. Write it down somewhere safe, away from this computer.</source>
        <translation>&lt;b&gt;Никой не може да възстанови забравена парола&lt;/b&gt;, дори операторът на релето: профилът и съобщенията му ще бъдат изгубени. Запиши я някъде на сигурно място, далеч от този компютър.</translation>
    </message>
    <message>
        <source>Create my profile</source>
        <translation>Създай профила ми</translation>
    </message>
    <message>
        <source>Relay address</source>
        <translation>Адрес на релето</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Псевдоним</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Парола</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Паролата отново</translation>
    </message>
    <message>
        <source>Invite code</source>
        <translation>Код за покана</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Unlock&lt;/h2&gt;&lt;p&gt;Type your passphrase.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Отключване&lt;/h2&gt;&lt;p&gt;Въведи паролата си.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Отключи</translation>
    </message>
    <message>
        <source>Give the relay&apos;s address.</source>
        <translation>Въведи адреса на релето.</translation>
    </message>
    <message>
        <source>Choose a pseudonym.</source>
        <translation>Избери псевдоним.</translation>
    </message>
    <message>
        <source>The passphrase is too weak; add a few words.</source>
        <translation>Паролата е твърде слаба; добави няколко думи.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Двете пароли се различават.</translation>
    </message>
    <message>
        <source>Creating the profile…</source>
        <translation>Създаване на профила…</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Отключване…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Език</translation>
    </message>
</context>
<context>
    <name>relais::qt::WorkerDesk</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n мин</numerusform>
            <numerusform>%n мин</numerusform>
        </translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Период: %1</translation>
    </message>
    <message>
        <source>Times the permanence opened: %1</source>
        <translation>Пъти, в които дежурството е отваряло: %1</translation>
    </message>
    <message>
        <source>Conversations held: %1</source>
        <translation>Проведени разговори: %1</translation>
    </message>
    <message>
        <source>Left or closed while waiting: %1</source>
        <translation>Напуснали или затворени по време на чакане: %1</translation>
    </message>
    <message>
        <source>Languages asked: %1</source>
        <translation>Поискани езици: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>няма</translation>
    </message>
    <message>
        <source>Wait before a take: half within %1, 9 in 10 within %2, longest %3</source>
        <translation>Чакане до поемане: половината до %1, 9 от 10 до %2, най-дълго %3</translation>
    </message>
    <message>
        <source>Messages left out of hours: %1</source>
        <translation>Съобщения, оставени извън работно време: %1</translation>
    </message>
    <message>
        <source>Handoffs: %1</source>
        <translation>Предавания: %1</translation>
    </message>
    <message>
        <source>The profile is locked.</source>
        <translation>Профилът е заключен.</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>Съобщението е празно.</translation>
    </message>
    <message>
        <source>Choose one of your conversations first.</source>
        <translation>Първо избери един от разговорите си.</translation>
    </message>
    <message>
        <source>You took ticket %1: you can write to the person now.</source>
        <translation>Взе билет %1: вече можеш да пишеш на човека.</translation>
    </message>
    <message>
        <source>A colleague handed ticket %1 to you.</source>
        <translation>Колега ти предаде билет %1.</translation>
    </message>
    <message>
        <source>Ticket %1 is now with your colleague.</source>
        <translation>Билет %1 вече е при твоя колега.</translation>
    </message>
    <message>
        <source>The conversation of ticket %1 ended.</source>
        <translation>Разговорът по билет %1 приключи.</translation>
    </message>
    <message>
        <source>A message was left for %1.</source>
        <translation>Беше оставено съобщение за %1.</translation>
    </message>
    <message>
        <source>The person declined the handoff of ticket %1; it stays with you.</source>
        <translation>Човекът отказа предаването на билет %1; той остава при теб.</translation>
    </message>
    <message>
        <source>You are on duty for %1.</source>
        <translation>На дежурство си за %1.</translation>
    </message>
    <message>
        <source>You are off duty for %1.</source>
        <translation>Вече не си на дежурство за %1.</translation>
    </message>
    <message>
        <source>Ticket %1 was offered to %2; the person decides.</source>
        <translation>Билет %1 беше предложен на %2; човекът решава.</translation>
    </message>
    <message>
        <source>You ended the conversation of ticket %1.</source>
        <translation>Приключи разговора по билет %1.</translation>
    </message>
    <message>
        <source>The message is marked handled.</source>
        <translation>Съобщението е отбелязано като обработено.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Неизпратено: %1</translation>
    </message>
    <message>
        <source>Ticket %1: %2</source>
        <translation>Билет %1: %2</translation>
    </message>
    <message>
        <source>colleague %1</source>
        <translation>колега %1</translation>
    </message>
    <message>
        <source>Choose a colleague on duty first.</source>
        <translation>Първо избери колега на дежурство.</translation>
    </message>
    <message>
        <source>Several colleagues on duty are named %1.</source>
        <translation>Няколко колеги на дежурство се казват %1.</translation>
    </message>
    <message>
        <source>No colleague named %1 is on duty for this organisation.</source>
        <translation>Няма колега на име %1 на дежурство за тази организация.</translation>
    </message>
    <message>
        <source>Choose a message in the inbox first.</source>
        <translation>Първо избери съобщение от входящите.</translation>
    </message>
    <message>
        <source>Your answer went to the person; the message is marked handled.</source>
        <translation>Отговорът ти беше изпратен на човека; съобщението е отбелязано като обработено.</translation>
    </message>
    <message>
        <source>A colleague, before the handoff</source>
        <translation>Колега, преди предаването</translation>
    </message>
    <message>
        <source>%1 (colleague), before the handoff</source>
        <translation>%1 (колега), преди предаването</translation>
    </message>
</context>
<context>
    <name>relais::qt::WorkerInboxModel</name>
    <message>
        <source>(the text is not on this device)</source>
        <translation>(текстът не е на това устройство)</translation>
    </message>
    <message>
        <source>handled</source>
        <translation>обработено</translation>
    </message>
    <message>
        <source>to handle</source>
        <translation>за обработване</translation>
    </message>
    <message>
        <source>not on the relay&apos;s list (its inbox was full)</source>
        <translation>не е в списъка на релето (кутията беше пълна)</translation>
    </message>
    <message>
        <source>You answered: %1</source>
        <translation>Ти отговори: %1</translation>
    </message>
</context>
<context>
    <name>relais::qt::WorkerPanel</name>
    <message>
        <source>Room (optional)</source>
        <translation>Стая (по избор)</translation>
    </message>
    <message>
        <source>The room where the opening is announced; empty: the planned one.</source>
        <translation>Стаята, в която се обявява отварянето; празно: планираната.</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Организация:</translation>
    </message>
    <message>
        <source>Take</source>
        <translation>Поеми</translation>
    </message>
    <message>
        <source>&lt;b&gt;Waiting&lt;/b&gt;</source>
        <translation>&lt;b&gt;Чакащи&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your conversations&lt;/b&gt;</source>
        <translation>&lt;b&gt;Твоите разговори&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Write to the person</source>
        <translation>Пиши на човека</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Изпрати</translation>
    </message>
    <message>
        <source>Hand off</source>
        <translation>Предай</translation>
    </message>
    <message>
        <source>End the conversation</source>
        <translation>Приключи разговора</translation>
    </message>
    <message>
        <source>Mark handled</source>
        <translation>Отбележи като обработено</translation>
    </message>
    <message>
        <source>Messages left while the permanence was closed, oldest first.</source>
        <translation>Съобщения, оставени докато дежурството беше затворено, първо най-старите.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месец</translation>
    </message>
    <message>
        <source>ISO week</source>
        <translation>ISO седмица</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Година</translation>
    </message>
    <message>
        <source>Show the counts</source>
        <translation>Покажи броя</translation>
    </message>
    <message>
        <source>including</source>
        <translation>включително</translation>
    </message>
    <message>
        <source>Queue and conversations</source>
        <translation>Опашка и разговори</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Входящи</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Бройки</translation>
    </message>
    <message>
        <source>Go off duty</source>
        <translation>Край на дежурството</translation>
    </message>
    <message>
        <source>Go on duty</source>
        <translation>Започни дежурство</translation>
    </message>
    <message>
        <source>On duty</source>
        <translation>На дежурство</translation>
    </message>
    <message>
        <source>Off duty</source>
        <translation>Не е на дежурство</translation>
    </message>
    <message>
        <source>Take a ticket from the queue, or choose one of your conversations.</source>
        <translation>Поеми билет от опашката или избери един от разговорите си.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ticket %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Билет %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ticket %1&lt;/b&gt; · %2</source>
        <translation>&lt;b&gt;Билет %1&lt;/b&gt; · %2</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Ти</translation>
    </message>
    <message>
        <source>The person</source>
        <translation>Човекът</translation>
    </message>
    <message>
        <source> (sending)</source>
        <translation> (изпраща се)</translation>
    </message>
    <message>
        <source>No colleague on duty</source>
        <translation>Няма колега на дежурство</translation>
    </message>
    <message>
        <source>A colleague on duty</source>
        <translation>Колега на дежурство</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Отговори</translation>
    </message>
    <message>
        <source>Answer on behalf of the organisation</source>
        <translation>Отговори от името на организацията</translation>
    </message>
</context>
<context>
    <name>relais::qt::WorkerQueueModel</name>
    <message>
        <source>French</source>
        <translation>Френски</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Нидерландски</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Английски</translation>
    </message>
    <message>
        <source>any language</source>
        <translation>всеки език</translation>
    </message>
    <message>
        <source>%1. Ticket %2 · %3 · waiting %4</source>
        <translation>%1. Билет %2 · %3 · чака %4</translation>
    </message>
</context>
<context>
    <name>relais::qt::WorkerTicketModel</name>
    <message>
        <source>Ticket %1 · %2</source>
        <translation>Билет %1 · %2</translation>
    </message>
    <message>
        <source>awaiting your reply</source>
        <translation>чака твоя отговор</translation>
    </message>
</context>
<context>
    <name>relais::qt::Workspace</name>
    <message>
        <source>Not sent: the identity key of %1 changed. It may be a new phone, or someone else. Compare the safety number, then mark them verified; or accept the new key (right-click on their name).</source>
        <translation>Неизпратено: ключът за самоличност на %1 се е променил. Може да е нов телефон или някой друг. Сравни номера за сигурност и после го отбележи като потвърден; или приеми новия ключ (десен бутон върху името).</translation>
    </message>
    <message>
        <source>%1 is verified on this device, until their identity key changes.</source>
        <translation>%1 е потвърден(а) на това устройство, докато ключът му за самоличност не се промени.</translation>
    </message>
    <message>
        <source>Messages go to the new key of %1. It is not verified: compare the safety number when you can.</source>
        <translation>Съобщенията отиват към новия ключ на %1. Той не е потвърден: сравни номера за сигурност, когато можеш.</translation>
    </message>
    <message>
        <source>This is not a Relais id (26 letters and digits).</source>
        <translation>Това не е идентификатор в Relais (26 букви и цифри).</translation>
    </message>
    <message>
        <source>The profile is locked.</source>
        <translation>Профилът е заключен.</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>Съобщението е празно.</translation>
    </message>
    <message>
        <source>Choose a conversation first.</source>
        <translation>Първо избери разговор.</translation>
    </message>
    <message>
        <source>Your request to join %1 waits for a moderator.</source>
        <translation>Молбата ти да влезеш в %1 чака модератор.</translation>
    </message>
    <message>
        <source>You joined %1.</source>
        <translation>Влезе в %1.</translation>
    </message>
    <message>
        <source>A moderator let you into %1.</source>
        <translation>Модератор те пусна в %1.</translation>
    </message>
    <message>
        <source>Your request to join %1 was refused.</source>
        <translation>Молбата ти да влезеш в %1 беше отказана.</translation>
    </message>
    <message>
        <source>You left %1.</source>
        <translation>Напусна %1.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Неизпратено: %1</translation>
    </message>
    <message>
        <source>A report arrived for the moderators.</source>
        <translation>Пристигна сигнал за модераторите.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Готово.</translation>
    </message>
    <message numerus="yes">
        <source>The report reached %n moderator(s).</source>
        <translation>
            <numerusform>Сигналът стигна до %n модератор.</numerusform>
            <numerusform>Сигналът стигна до %n модератори.</numerusform>
        </translation>
    </message>
    <message>
        <source>A moderator removed your message from %1: it is gone from every member&apos;s screen and from the relay.</source>
        <translation>Модератор премахна съобщението ти от %1: то изчезна от екрана на всеки член и от релето.</translation>
    </message>
    <message>
        <source>%1 answered your message: it is under Permanence.</source>
        <translation>%1 отговори на съобщението ти: виж в Дежурство.</translation>
    </message>
</context>
</TS>
