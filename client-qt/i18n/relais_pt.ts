<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt">
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
        <translation>Ainda não há um número de segurança com esta pessoa: troquem primeiro uma mensagem.</translation>
    </message>
    <message>
        <source>Their identity key changed: nothing is sent to them until you compare the safety number and verify them, or accept the new key.</source>
        <translation>A chave de identidade dessa pessoa mudou: nada é enviado para ela até você comparar o número de segurança e verificá-la, ou aceitar a nova chave.</translation>
    </message>
    <message>
        <source>Not connected to the relay.</source>
        <translation>Sem conexão com o relé.</translation>
    </message>
    <message>
        <source>This profile is not registered.</source>
        <translation>Este perfil não está registrado.</translation>
    </message>
    <message>
        <source>The relay could not parse a message from this program.</source>
        <translation>O relé não conseguiu ler uma mensagem deste programa.</translation>
    </message>
    <message>
        <source>The relay does not know a request this program made.</source>
        <translation>O relé não conhece um pedido feito por este programa.</translation>
    </message>
    <message>
        <source>A message was larger than the relay accepts.</source>
        <translation>Uma mensagem era maior do que o relé aceita.</translation>
    </message>
    <message>
        <source>The relay expected a log-in first.</source>
        <translation>O relé esperava primeiro um login.</translation>
    </message>
    <message>
        <source>The connection was already logged in.</source>
        <translation>A conexão já tinha feito login.</translation>
    </message>
    <message>
        <source>The relay did not accept this device&apos;s signature.</source>
        <translation>O relé não aceitou a assinatura deste dispositivo.</translation>
    </message>
    <message>
        <source>The relay knows no account with this id.</source>
        <translation>O relé não conhece nenhuma conta com este identificador.</translation>
    </message>
    <message>
        <source>The relay does not know this account; it may have been reset.</source>
        <translation>O relé não conhece esta conta; ela pode ter sido reiniciada.</translation>
    </message>
    <message>
        <source>The relay asks to slow down; try again in a moment.</source>
        <translation>O relé pede para ir mais devagar; tente de novo daqui a pouco.</translation>
    </message>
    <message>
        <source>The relay could not store the message; try again later.</source>
        <translation>O relé não conseguiu guardar a mensagem; tente de novo mais tarde.</translation>
    </message>
    <message>
        <source>The relay needs a valid invite code to register.</source>
        <translation>O relé precisa de um código de convite válido para o registro.</translation>
    </message>
    <message>
        <source>The relay did not accept the proof of work.</source>
        <translation>O relé não aceitou a prova de trabalho.</translation>
    </message>
    <message>
        <source>The relay refused: this account lacks the role for it.</source>
        <translation>O relé recusou: esta conta não tem o papel necessário.</translation>
    </message>
    <message>
        <source>The relay is shutting down; try again later.</source>
        <translation>O relé está desligando; tente de novo mais tarde.</translation>
    </message>
    <message>
        <source>The relay is overloaded; try again later.</source>
        <translation>O relé está sobrecarregado; tente de novo mais tarde.</translation>
    </message>
    <message>
        <source>The recipient has too many messages waiting on the relay; nothing was sent. Try again later.</source>
        <translation>A pessoa destinatária tem mensagens demais esperando no relé; nada foi enviado. Tente de novo mais tarde.</translation>
    </message>
    <message>
        <source>You have sent as much as the relay allows in a day; try again later.</source>
        <translation>Você já enviou tudo o que o relé permite num dia; tente de novo mais tarde.</translation>
    </message>
    <message>
        <source>The relay is short of disk space and takes no new messages for now; try again later.</source>
        <translation>O relé está com pouco espaço em disco e por enquanto não aceita mensagens novas; tente de novo mais tarde.</translation>
    </message>
    <message>
        <source>The relay refused a malformed request.</source>
        <translation>O relé recusou um pedido mal formado.</translation>
    </message>
    <message>
        <source>The relay refused a request.</source>
        <translation>O relé recusou um pedido.</translation>
    </message>
    <message>
        <source>There is no such room.</source>
        <translation>Esta sala não existe.</translation>
    </message>
    <message>
        <source>You are not a member of that room.</source>
        <translation>Você não é membro dessa sala.</translation>
    </message>
    <message>
        <source>You are already a member of that room.</source>
        <translation>Você já é membro dessa sala.</translation>
    </message>
    <message>
        <source>This room is full.</source>
        <translation>Esta sala está cheia.</translation>
    </message>
    <message>
        <source>You are banned from that room.</source>
        <translation>Você foi banido(a) dessa sala.</translation>
    </message>
    <message>
        <source>You are muted in that room for now.</source>
        <translation>Por enquanto você não pode escrever nessa sala.</translation>
    </message>
    <message>
        <source>This room admits people only with a moderator&apos;s approval.</source>
        <translation>Esta sala só admite pessoas com a aprovação de um moderador.</translation>
    </message>
    <message>
        <source>This room needs an invite code.</source>
        <translation>Esta sala precisa de um código de convite.</translation>
    </message>
    <message>
        <source>There is no such message in this room.</source>
        <translation>Não existe essa mensagem nesta sala.</translation>
    </message>
    <message>
        <source>An organisation with this id exists already.</source>
        <translation>Já existe uma organização com este identificador.</translation>
    </message>
    <message>
        <source>It exists already.</source>
        <translation>Já existe.</translation>
    </message>
    <message>
        <source>A room with this id exists already.</source>
        <translation>Já existe uma sala com este identificador.</translation>
    </message>
    <message>
        <source>There is no such organisation.</source>
        <translation>Esta organização não existe.</translation>
    </message>
    <message>
        <source>There is no such ticket (it may have ended).</source>
        <translation>Esta senha de atendimento não existe (talvez tenha terminado).</translation>
    </message>
    <message>
        <source>Another worker took that ticket first.</source>
        <translation>Outra pessoa da organização pegou essa senha antes.</translation>
    </message>
    <message>
        <source>The permanence is closed.</source>
        <translation>O plantão está fechado.</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>A mensagem está vazia.</translation>
    </message>
    <message>
        <source>The message is longer than %1 KiB.</source>
        <translation>A mensagem passa de %1 KiB.</translation>
    </message>
    <message>
        <source>The comment is longer than %1 KiB.</source>
        <translation>O comentário passa de %1 KiB.</translation>
    </message>
    <message>
        <source>That needs another account than this profile&apos;s own.</source>
        <translation>Para isso é preciso outra conta, não a deste perfil.</translation>
    </message>
    <message>
        <source>This device holds no message with that number in that room.</source>
        <translation>Este dispositivo não tem nenhuma mensagem com esse número nessa sala.</translation>
    </message>
    <message>
        <source>This device holds no conversation for that ticket.</source>
        <translation>Este dispositivo não tem nenhuma conversa para essa senha.</translation>
    </message>
    <message>
        <source>No worker has taken the ticket yet; wait for one.</source>
        <translation>Ninguém da organização pegou a senha ainda; espere um pouco.</translation>
    </message>
    <message>
        <source>This room has no moderator to send the report to.</source>
        <translation>Esta sala não tem nenhum moderador para receber a denúncia.</translation>
    </message>
    <message>
        <source>The report could not reach any moderator.</source>
        <translation>A denúncia não conseguiu chegar a nenhum moderador.</translation>
    </message>
    <message>
        <source>This organisation has no worker to read it yet.</source>
        <translation>Esta organização ainda não tem ninguém para ler isso.</translation>
    </message>
    <message>
        <source>The message could not reach any worker.</source>
        <translation>A mensagem não conseguiu chegar a ninguém da organização.</translation>
    </message>
    <message>
        <source>Too many of your messages are waiting for this recipient on the relay; nothing was sent. Try again once they have read them.</source>
        <translation>Há mensagens suas demais esperando por esta pessoa no relé; nada foi enviado. Tente de novo quando ela as tiver lido.</translation>
    </message>
    <message>
        <source>Too many messages from your network are waiting for this recipient on the relay; nothing was sent. Try again later.</source>
        <translation>Há mensagens demais da sua rede esperando por esta pessoa no relé; nada foi enviado. Tente de novo mais tarde.</translation>
    </message>
    <message>
        <source>Too many messages from new accounts of your network are waiting for this recipient on the relay; nothing was sent. Try again later.</source>
        <translation>Há mensagens demais de contas novas da sua rede esperando por esta pessoa no relé; nada foi enviado. Tente de novo mais tarde.</translation>
    </message>
    <message>
        <source>Many accounts of your network posted in rooms just now; try again in a moment.</source>
        <translation>Muitas contas da sua rede acabaram de publicar em salas; tente de novo daqui a pouco.</translation>
    </message>
    <message>
        <source>The message could not reach any worker: too many messages from your network are waiting for them on the relay. Nothing was sent; try again later.</source>
        <translation>A mensagem não conseguiu chegar a ninguém da organização: há mensagens demais da sua rede esperando por elas no relé. Nada foi enviado; tente de novo mais tarde.</translation>
    </message>
    <message>
        <source>The message could not reach any worker: they have too many messages waiting on the relay. Nothing was sent; try again later.</source>
        <translation>A mensagem não conseguiu chegar a ninguém da organização: já há mensagens demais esperando por elas no relé. Nada foi enviado; tente de novo mais tarde.</translation>
    </message>
    <message>
        <source>The recipient&apos;s keys do not verify; nothing was sent.</source>
        <translation>As chaves da pessoa destinatária não se verificam; nada foi enviado.</translation>
    </message>
    <message>
        <source>This device could not sign its keys.</source>
        <translation>Este dispositivo não conseguiu assinar as suas chaves.</translation>
    </message>
    <message>
        <source>A cryptographic operation failed on this device.</source>
        <translation>Uma operação criptográfica falhou neste dispositivo.</translation>
    </message>
    <message>
        <source>The relay asks for more proof of work than this program will do.</source>
        <translation>O relé pede mais prova de trabalho do que este programa faz.</translation>
    </message>
    <message>
        <source>The relay speaks protocol version %1; this program speaks version %2.</source>
        <translation>O relé usa a versão %1 do protocolo; este programa usa a versão %2.</translation>
    </message>
    <message>
        <source>The relay sent a malformed challenge.</source>
        <translation>O relé enviou um desafio mal formado.</translation>
    </message>
    <message>
        <source>The relay sent a second challenge; it was ignored.</source>
        <translation>O relé enviou um segundo desafio; ele foi ignorado.</translation>
    </message>
    <message>
        <source>The relay sent a malformed account id.</source>
        <translation>O relé enviou um identificador de conta mal formado.</translation>
    </message>
    <message>
        <source>The relay answered a request with the wrong kind of frame.</source>
        <translation>O relé respondeu a um pedido com um tipo errado de quadro.</translation>
    </message>
    <message>
        <source>The relay sent the key bundle of another account.</source>
        <translation>O relé enviou as chaves de outra conta.</translation>
    </message>
    <message>
        <source>The relay answered a request this program did not make.</source>
        <translation>O relé respondeu a um pedido que este programa não fez.</translation>
    </message>
    <message>
        <source>The relay sent a message that does not parse; it was ignored.</source>
        <translation>O relé enviou uma mensagem que não pode ser lida; ela foi ignorada.</translation>
    </message>
    <message>
        <source>The relay sent a frame this program does not know; it was ignored.</source>
        <translation>O relé enviou um quadro que este programa não conhece; ele foi ignorado.</translation>
    </message>
    <message>
        <source>The relay sent a frame this program does not handle; it was ignored.</source>
        <translation>O relé enviou um quadro que este programa não trata; ele foi ignorado.</translation>
    </message>
    <message>
        <source>The relay delivered an envelope before the log-in.</source>
        <translation>O relé entregou um envelope antes do login.</translation>
    </message>
    <message>
        <source>The relay delivered a room entry before the log-in.</source>
        <translation>O relé entregou uma entrada de sala antes do login.</translation>
    </message>
    <message>
        <source>The relay sent a malformed room entry; it was ignored.</source>
        <translation>O relé enviou uma entrada de sala mal formada; ela foi ignorada.</translation>
    </message>
    <message>
        <source>The relay sent a malformed room answer; it was ignored.</source>
        <translation>O relé enviou uma resposta de sala mal formada; ela foi ignorada.</translation>
    </message>
    <message>
        <source>The relay sent a malformed notice; it was ignored.</source>
        <translation>O relé enviou um aviso mal formado; ele foi ignorado.</translation>
    </message>
    <message>
        <source>The resources directory is empty or damaged.</source>
        <translation>A lista de recursos está vazia ou danificada.</translation>
    </message>
    <message>
        <source>A message that was not sealed for this device was dropped.</source>
        <translation>Uma mensagem que não estava selada para este dispositivo foi descartada.</translation>
    </message>
    <message>
        <source>A message whose keys are not those of the account it names was dropped.</source>
        <translation>Uma mensagem cujas chaves não são as da conta que ela indica foi descartada.</translation>
    </message>
    <message>
        <source>An envelope with a malformed sender was dropped.</source>
        <translation>Um envelope com um remetente mal formado foi descartado.</translation>
    </message>
    <message>
        <source>A message of an unknown type was dropped.</source>
        <translation>Uma mensagem de um tipo desconhecido foi descartada.</translation>
    </message>
    <message>
        <source>A message could not be decrypted: there is no session with its sender.</source>
        <translation>Uma mensagem não pôde ser decifrada: não há sessão com quem a enviou.</translation>
    </message>
    <message>
        <source>A message could not be decrypted and was dropped.</source>
        <translation>Uma mensagem não pôde ser decifrada e foi descartada.</translation>
    </message>
    <message>
        <source>A message did not decode and was dropped.</source>
        <translation>Uma mensagem não pôde ser decodificada e foi descartada.</translation>
    </message>
    <message>
        <source>A malformed message for an organisation was dropped.</source>
        <translation>Uma mensagem mal formada para uma organização foi descartada.</translation>
    </message>
    <message>
        <source>A malformed report was dropped.</source>
        <translation>Uma denúncia mal formada foi descartada.</translation>
    </message>
    <message>
        <source>A room key did not decode and was dropped.</source>
        <translation>Uma chave de sala não pôde ser decodificada e foi descartada.</translation>
    </message>
    <message>
        <source>A room message could not be decrypted and was dropped.</source>
        <translation>Uma mensagem de sala não pôde ser decifrada e foi descartada.</translation>
    </message>
    <message>
        <source>A room message did not decode and was dropped.</source>
        <translation>Uma mensagem de sala não pôde ser decodificada e foi descartada.</translation>
    </message>
    <message>
        <source>A room message did not match what the relay recorded and was dropped.</source>
        <translation>Uma mensagem de sala não correspondia ao que o relé registrou e foi descartada.</translation>
    </message>
    <message>
        <source>A room message waited too long for its sender&apos;s key and was dropped.</source>
        <translation>Uma mensagem de sala esperou demais pela chave de quem a enviou e foi descartada.</translation>
    </message>
    <message>
        <source>A room message with a malformed sender was dropped.</source>
        <translation>Uma mensagem de sala com um remetente mal formado foi descartada.</translation>
    </message>
    <message>
        <source>Something went wrong inside the program.</source>
        <translation>Algo deu errado dentro do programa.</translation>
    </message>
    <message>
        <source>The room id</source>
        <translation>O identificador da sala</translation>
    </message>
    <message>
        <source>The organisation id</source>
        <translation>O identificador da organização</translation>
    </message>
    <message>
        <source>The region</source>
        <translation>A região</translation>
    </message>
    <message>
        <source>The Relais id</source>
        <translation>O identificador do Relais</translation>
    </message>
    <message>
        <source>The room&apos;s name</source>
        <translation>O nome da sala</translation>
    </message>
    <message>
        <source>The organisation&apos;s name</source>
        <translation>O nome da organização</translation>
    </message>
    <message>
        <source>The description</source>
        <translation>A descrição</translation>
    </message>
    <message>
        <source>The contact line</source>
        <translation>A linha de contato</translation>
    </message>
    <message>
        <source>The language</source>
        <translation>O idioma</translation>
    </message>
    <message>
        <source>Who may join</source>
        <translation>Quem pode entrar</translation>
    </message>
    <message>
        <source>The role</source>
        <translation>O papel</translation>
    </message>
    <message>
        <source>The role&apos;s room or organisation</source>
        <translation>A sala ou a organização do papel</translation>
    </message>
    <message>
        <source>How long the room keeps messages</source>
        <translation>Quanto tempo a sala guarda as mensagens</translation>
    </message>
    <message>
        <source>How long messages stay</source>
        <translation>Quanto tempo as mensagens ficam</translation>
    </message>
    <message>
        <source>The number of members</source>
        <translation>O número de membros</translation>
    </message>
    <message>
        <source>The moderator action</source>
        <translation>A ação de moderação</translation>
    </message>
    <message>
        <source>The message</source>
        <translation>A mensagem</translation>
    </message>
    <message>
        <source>The duration</source>
        <translation>A duração</translation>
    </message>
    <message>
        <source>The number of uses</source>
        <translation>O número de usos</translation>
    </message>
    <message>
        <source>How long the code works</source>
        <translation>Quanto tempo o código funciona</translation>
    </message>
    <message>
        <source>The day of the week</source>
        <translation>O dia da semana</translation>
    </message>
    <message>
        <source>The date</source>
        <translation>A data</translation>
    </message>
    <message>
        <source>The start time</source>
        <translation>A hora de início</translation>
    </message>
    <message>
        <source>The end time</source>
        <translation>A hora de fim</translation>
    </message>
    <message>
        <source>The message id</source>
        <translation>O identificador da mensagem</translation>
    </message>
    <message>
        <source>The ticket</source>
        <translation>A senha de atendimento</translation>
    </message>
    <message>
        <source>The period</source>
        <translation>O período</translation>
    </message>
    <message>
        <source>The opening hours</source>
        <translation>O horário</translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation>Falta: %1.</translation>
    </message>
    <message>
        <source>%1 is longer than %2 bytes.</source>
        <translation>%1: mais de %2 bytes.</translation>
    </message>
    <message>
        <source>%1 is above its limit of %2.</source>
        <translation>%1 passa do limite de %2.</translation>
    </message>
    <message>
        <source>%1 is not one this relay knows.</source>
        <translation>%1: este relé não conhece.</translation>
    </message>
    <message>
        <source>%1: no more than %2.</source>
        <translation>%1: no máximo %2.</translation>
    </message>
    <message>
        <source>%1 is not allowed here.</source>
        <translation>%1: não é permitido aqui.</translation>
    </message>
    <message>
        <source>%1 is not written as it should be.</source>
        <translation>%1: não está escrito como deveria.</translation>
    </message>
    <message>
        <source>A name must not be empty.</source>
        <translation>Um nome não pode estar vazio.</translation>
    </message>
    <message>
        <source>A name is at most %1 bytes long.</source>
        <translation>Um nome tem no máximo %1 bytes.</translation>
    </message>
    <message>
        <source>A name must not contain control characters (tabs, line breaks).</source>
        <translation>Um nome não pode conter caracteres de controle (tabulações, quebras de linha).</translation>
    </message>
    <message>
        <source>A name must not start or end with a space.</source>
        <translation>Um nome não pode começar nem terminar com um espaço.</translation>
    </message>
    <message>
        <source>Another contact already has this id.</source>
        <translation>Outro contato já tem este identificador.</translation>
    </message>
    <message>
        <source>A part of the request</source>
        <translation>Uma parte do pedido</translation>
    </message>
    <message>
        <source>The relay address must start with ws:// or wss://.</source>
        <translation>O endereço do relé deve começar com ws:// ou wss://.</translation>
    </message>
    <message>
        <source>The relay address must not carry a user name.</source>
        <translation>O endereço do relé não pode ter um nome de usuário.</translation>
    </message>
    <message>
        <source>The relay address has an unclosed &apos;[&apos;.</source>
        <translation>O endereço do relé tem um “[” sem fechar.</translation>
    </message>
    <message>
        <source>The relay address has something unexpected after its host.</source>
        <translation>O endereço do relé tem algo inesperado depois do host.</translation>
    </message>
    <message>
        <source>The relay address has an empty port.</source>
        <translation>O endereço do relé tem uma porta vazia.</translation>
    </message>
    <message>
        <source>The relay address has a malformed IPv6 host.</source>
        <translation>O endereço do relé tem um host IPv6 mal formado.</translation>
    </message>
    <message>
        <source>The relay address has no host.</source>
        <translation>O endereço do relé não tem host.</translation>
    </message>
    <message>
        <source>The relay address has a malformed host.</source>
        <translation>O endereço do relé tem um host mal formado.</translation>
    </message>
    <message>
        <source>The relay address has a malformed port.</source>
        <translation>O endereço do relé tem uma porta mal formada.</translation>
    </message>
    <message>
        <source>The relay port must be between 1 and 65535.</source>
        <translation>A porta do relé deve estar entre 1 e 65535.</translation>
    </message>
    <message>
        <source>The relay address has a malformed path.</source>
        <translation>O endereço do relé tem um caminho mal formado.</translation>
    </message>
    <message>
        <source>The relay address is not usable.</source>
        <translation>O endereço do relé não pode ser usado.</translation>
    </message>
    <message>
        <source>The relay at %1 cannot be reached. Check the address and the connection.</source>
        <translation>Não é possível alcançar o relé em %1. Verifique o endereço e a conexão.</translation>
    </message>
    <message>
        <source>The relay at %1 did not answer in time.</source>
        <translation>O relé em %1 não respondeu a tempo.</translation>
    </message>
    <message>
        <source>The relay at %1 could not prove who it is: its certificate is not trusted.</source>
        <translation>O relé em %1 não conseguiu provar quem é: o certificado dele não é de confiança.</translation>
    </message>
    <message>
        <source>The relay at %1 sent something this program does not accept.</source>
        <translation>O relé em %1 enviou algo que este programa não aceita.</translation>
    </message>
    <message>
        <source>The certificate file given for the relay cannot be used.</source>
        <translation>O arquivo de certificado indicado para o relé não pode ser usado.</translation>
    </message>
    <message>
        <source>The connection to the relay at %1 failed.</source>
        <translation>A conexão com o relé em %1 falhou.</translation>
    </message>
    <message>
        <source>this device does not allow writing there</source>
        <translation>este dispositivo não permite escrever ali</translation>
    </message>
    <message>
        <source>the folder is missing</source>
        <translation>a pasta não existe</translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation>o arquivo está danificado</translation>
    </message>
    <message>
        <source>the disk refused (it may be full or read-only)</source>
        <translation>o disco recusou (talvez esteja cheio ou só para leitura)</translation>
    </message>
    <message>
        <source>the disk refused</source>
        <translation>o disco recusou</translation>
    </message>
    <message>
        <source>You are not on duty for this organisation: go on duty first.</source>
        <translation>Você não está de plantão para esta organização: entre primeiro no plantão.</translation>
    </message>
    <message>
        <source>This conversation was handed to a colleague; you can no longer write in it.</source>
        <translation>Esta conversa foi passada para um(a) colega; você já não pode escrever nela.</translation>
    </message>
    <message>
        <source>That colleague is not on duty now; choose another one.</source>
        <translation>Esse(a) colega não está de plantão agora; escolha outra pessoa.</translation>
    </message>
    <message>
        <source>The person has not come back since the relay restarted; write once she is back.</source>
        <translation>A pessoa não voltou desde que o relé reiniciou; escreva quando ela voltar.</translation>
    </message>
    <message>
        <source>This message is not on this device any more.</source>
        <translation>Esta mensagem já não está neste dispositivo.</translation>
    </message>
    <message>
        <source>A message for a permanence conversation this device does not hold was dropped.</source>
        <translation>Uma mensagem de uma conversa de plantão que este dispositivo não tem foi descartada.</translation>
    </message>
    <message>
        <source>This report is not on this device any more.</source>
        <translation>Esta denúncia não está mais neste dispositivo.</translation>
    </message>
    <message>
        <source>The relay&apos;s inbox does not list this message (it was full when it came): it cannot be marked handled for your colleagues.</source>
        <translation>A caixa do relé não inclui esta mensagem (estava cheia quando chegou): não pode ser marcada como tratada para as suas colegas e os seus colegas.</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Quick exit</source>
        <translation>Saída rápida</translation>
    </message>
    <message>
        <source>Press Escape twice, or the Quick exit button: every window disappears at once and the profile is locked. Open the program again and type your passphrase to come back.</source>
        <translation>Aperte Escape duas vezes, ou o botão Saída rápida: todas as janelas somem de uma vez e o perfil fica bloqueado. Abra o programa de novo e digite a sua frase de acesso para voltar.</translation>
    </message>
    <message>
        <source>What stays on this computer</source>
        <translation>O que fica neste computador</translation>
    </message>
    <message>
        <source>Your messages, contacts and keys are kept in one encrypted file, readable only with your passphrase. Nobody can recover the passphrase: if it is forgotten, the profile is lost.</source>
        <translation>As suas mensagens, contatos e chaves ficam guardados num único arquivo cifrado, que só pode ser lido com a sua frase de acesso. Ninguém consegue recuperar a frase de acesso: se você a esquecer, o perfil se perde.</translation>
    </message>
    <message>
        <source>A search of the computer can still show that the program is installed, that the folder %1 exists and how big it is, when it last changed, and the preferences file %2 (language, lock time; no messages).</source>
        <translation>Uma busca no computador ainda pode mostrar que o programa está instalado, que a pasta %1 existe e qual o tamanho dela, quando mudou pela última vez, e o arquivo de preferências %2 (idioma, tempo de bloqueio; nenhuma mensagem).</translation>
    </message>
    <message>
        <source>Turn on discretion in the settings to give the window a neutral title and icon. Keep message text out of notifications unless you are alone with this computer.</source>
        <translation>Ative a discrição nas configurações para dar à janela um título e um ícone neutros. Não mostre o texto das mensagens nas notificações, a não ser que você esteja sozinho(a) com este computador.</translation>
    </message>
    <message>
        <source>Removing the program and its data</source>
        <translation>Remover o programa e os seus dados</translation>
    </message>
    <message>
        <source>Quit the program.</source>
        <translation>Feche o programa.</translation>
    </message>
    <message>
        <source>Delete the folder %1 (this erases the profile for good).</source>
        <translation>Apague a pasta %1 (isso apaga o perfil para sempre).</translation>
    </message>
    <message>
        <source>Uninstall the program with your system&apos;s software tool (for example: sudo apt remove relais), and empty the trash.</source>
        <translation>Desinstale o programa com a ferramenta de programas do seu sistema (por exemplo: sudo apt remove relais) e esvazie a lixeira.</translation>
    </message>
    <message>
        <source>The relay keeps no name, no telephone number and no address of yours. Your account there stops being used when the profile is deleted.</source>
        <translation>O relé não guarda nenhum nome, número de telefone ou endereço seu. A sua conta lá deixa de ser usada quando o perfil é apagado.</translation>
    </message>
</context>
<context>
    <name>Notification</name>
    <message>
        <source>Something new arrived.</source>
        <translation>Chegou algo novo.</translation>
    </message>
    <message>
        <source>%1 in %2: %3</source>
        <translation>%1 em %2: %3</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <source>Choose a passphrase.</source>
        <translation>Escolha uma frase de acesso.</translation>
    </message>
    <message>
        <source>Weak: a few words nobody would link to you are easier to remember and harder to guess.</source>
        <translation>Fraca: algumas palavras que ninguém ligaria a você são mais fáceis de lembrar e mais difíceis de adivinhar.</translation>
    </message>
    <message>
        <source>Fair: one or two more words would make it much stronger.</source>
        <translation>Razoável: mais uma ou duas palavras a deixariam muito mais forte.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Forte.</translation>
    </message>
</context>
<context>
    <name>relais::qt::AdminDialog</name>
    <message>
        <source>Administration</source>
        <translation>Administração</translation>
    </message>
    <message>
        <source>For the relay&apos;s admins (invite codes for an invite room: its moderators too). The relay refuses anyone else.</source>
        <translation>Para quem administra o relé (códigos de convite para uma sala com convite: também os seus moderadores). O relé recusa qualquer outra pessoa.</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Papéis</translation>
    </message>
    <message>
        <source>New room</source>
        <translation>Sala nova</translation>
    </message>
    <message>
        <source>Invite code</source>
        <translation>Código de convite</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Organização nova</translation>
    </message>
    <message>
        <source>Here is the code; it works until %1.</source>
        <translation>Aqui está o código; ele funciona até %1.</translation>
    </message>
    <message>
        <source>Here is the code.</source>
        <translation>Aqui está o código.</translation>
    </message>
    <message>
        <source>26 letters and digits, as &quot;My id&quot; shows it</source>
        <translation>26 letras e números, como aparecem em “Meu identificador”</translation>
    </message>
    <message>
        <source>Relais id</source>
        <translation>Identificador do Relais</translation>
    </message>
    <message>
        <source>Moderator of a room</source>
        <translation>Moderador de uma sala</translation>
    </message>
    <message>
        <source>Outreach worker of an organisation</source>
        <translation>Agente de campo de uma organização</translation>
    </message>
    <message>
        <source>Admin of the relay</source>
        <translation>Administração do relé</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>Room or organisation id</source>
        <translation>Identificador da sala ou da organização</translation>
    </message>
    <message>
        <source>Give the role</source>
        <translation>Dar o papel</translation>
    </message>
    <message>
        <source>Take the role away</source>
        <translation>Tirar o papel</translation>
    </message>
    <message>
        <source>Asking the relay…</source>
        <translation>Perguntando ao relé…</translation>
    </message>
    <message>
        <source>lowercase letters, digits, &apos;-&apos;: liege</source>
        <translation>letras minúsculas, números, “-”: liege</translation>
    </message>
    <message>
        <source>Room id</source>
        <translation>Identificador da sala</translation>
    </message>
    <message>
        <source>Name in French</source>
        <translation>Nome em francês</translation>
    </message>
    <message>
        <source>Name in Dutch</source>
        <translation>Nome em neerlandês</translation>
    </message>
    <message>
        <source>Open: anyone may join</source>
        <translation>Aberta: qualquer pessoa pode entrar</translation>
    </message>
    <message>
        <source>Knock: a moderator lets people in</source>
        <translation>Com pedido: um moderador deixa as pessoas entrarem</translation>
    </message>
    <message>
        <source>Invite: with a code only</source>
        <translation>Com convite: só com um código</translation>
    </message>
    <message>
        <source>Who may join</source>
        <translation>Quem pode entrar</translation>
    </message>
    <message>
        <source>optional: the city&apos;s room, for the resources</source>
        <translation>opcional: a sala da cidade, para os recursos</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Região</translation>
    </message>
    <message>
        <source>Create the room</source>
        <translation>Criar a sala</translation>
    </message>
    <message>
        <source>empty: a code to register on this relay</source>
        <translation>vazio: um código para se registrar neste relé</translation>
    </message>
    <message>
        <source>Invite room id</source>
        <translation>Identificador da sala com convite</translation>
    </message>
    <message>
        <source>Works this many times</source>
        <translation>Funciona este número de vezes</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dias</translation>
    </message>
    <message>
        <source>the relay&apos;s default (a week)</source>
        <translation>o padrão do relé (uma semana)</translation>
    </message>
    <message>
        <source>Valid for</source>
        <translation>Válido por</translation>
    </message>
    <message>
        <source>Create a code</source>
        <translation>Criar um código</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>lowercase letters, digits, &apos;-&apos;: espace-p</source>
        <translation>letras minúsculas, números, “-”: espace-p</translation>
    </message>
    <message>
        <source>Organisation id</source>
        <translation>Identificador da organização</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>What it offers</source>
        <translation>O que oferece</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>How to reach it</source>
        <translation>Como entrar em contato</translation>
    </message>
    <message>
        <source>Create the organisation</source>
        <translation>Criar a organização</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
</context>
<context>
    <name>relais::qt::AdminRequests</name>
    <message>
        <source>This is not a Relais id (26 letters and digits).</source>
        <translation>Isto não é um identificador do Relais (26 letras e números).</translation>
    </message>
    <message>
        <source>The admin role is for the whole relay: give no room.</source>
        <translation>O papel de administração vale para todo o relé: não indique nenhuma sala.</translation>
    </message>
    <message>
        <source>Give the id of the room, such as brussels.</source>
        <translation>Indique o identificador da sala, por exemplo brussels.</translation>
    </message>
    <message>
        <source>Give the id of the organisation, such as espace-p.</source>
        <translation>Indique o identificador da organização, por exemplo espace-p.</translation>
    </message>
    <message>
        <source>The role is moderator, outreach worker or admin.</source>
        <translation>O papel é moderador, agente de campo ou administração.</translation>
    </message>
    <message>
        <source>Languages are two-letter codes separated by commas: fr, nl, en.</source>
        <translation>Os idiomas são códigos de duas letras separados por vírgulas: fr, nl, en.</translation>
    </message>
    <message>
        <source>Give at most %1 languages.</source>
        <translation>Indique no máximo %1 idiomas.</translation>
    </message>
    <message>
        <source>A room id is 1 to %1 lowercase letters, digits or &apos;-&apos;.</source>
        <translation>Um identificador de sala tem de 1 a %1 letras minúsculas, números ou “-”.</translation>
    </message>
    <message>
        <source>A room needs a name in French and in Dutch.</source>
        <translation>Uma sala precisa de um nome em francês e em neerlandês.</translation>
    </message>
    <message>
        <source>A room name is at most %1 bytes.</source>
        <translation>O nome de uma sala tem no máximo %1 bytes.</translation>
    </message>
    <message>
        <source>The join policy is open, knock or invite.</source>
        <translation>A regra de entrada é open, knock ou invite.</translation>
    </message>
    <message>
        <source>A region is a room id, such as brussels.</source>
        <translation>Uma região é um identificador de sala, por exemplo brussels.</translation>
    </message>
    <message>
        <source>An organisation id is 1 to %1 lowercase letters, digits or &apos;-&apos;.</source>
        <translation>Um identificador de organização tem de 1 a %1 letras minúsculas, números ou “-”.</translation>
    </message>
    <message>
        <source>An organisation&apos;s name is 1 to %1 bytes.</source>
        <translation>O nome de uma organização tem de 1 a %1 bytes.</translation>
    </message>
    <message>
        <source>A description is at most %1 bytes.</source>
        <translation>Uma descrição tem no máximo %1 bytes.</translation>
    </message>
    <message>
        <source>A contact line is at most %1 bytes.</source>
        <translation>Uma linha de contato tem no máximo %1 bytes.</translation>
    </message>
    <message>
        <source>The profile is locked.</source>
        <translation>O perfil está bloqueado.</translation>
    </message>
    <message>
        <source>%1 has the role now.</source>
        <translation>%1 agora tem o papel.</translation>
    </message>
    <message>
        <source>%1 no longer has the role.</source>
        <translation>%1 não tem mais o papel.</translation>
    </message>
    <message>
        <source>The room %1 was created.</source>
        <translation>A sala %1 foi criada.</translation>
    </message>
    <message>
        <source>A code works from 1 to %1 times.</source>
        <translation>Um código funciona de 1 a %1 vezes.</translation>
    </message>
    <message>
        <source>A code is valid for at most %1 days.</source>
        <translation>Um código vale no máximo %1 dias.</translation>
    </message>
    <message>
        <source>The organisation %1 was created.</source>
        <translation>A organização %1 foi criada.</translation>
    </message>
</context>
<context>
    <name>relais::qt::ChatPage</name>
    <message>
        <source>Safety number</source>
        <translation>Número de segurança</translation>
    </message>
    <message>
        <source>Mark verified (the safety numbers match)</source>
        <translation>Marcar como verificada (os números de segurança batem)</translation>
    </message>
    <message>
        <source>Accept the new identity key without comparing</source>
        <translation>Aceitar a nova chave de identidade sem comparar</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rooms&lt;/b&gt;</source>
        <translation>&lt;b&gt;Salas&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Direct conversations&lt;/b&gt;</source>
        <translation>&lt;b&gt;Conversas diretas&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Join this room</source>
        <translation>Entrar nesta sala</translation>
    </message>
    <message>
        <source>Write a message</source>
        <translation>Escreva uma mensagem</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversa</translation>
    </message>
    <message>
        <source>Outreach desk</source>
        <translation>Mesa de atendimento</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membros</translation>
    </message>
    <message>
        <source>Permanence</source>
        <translation>Plantão</translation>
    </message>
    <message>
        <source>Moderation</source>
        <translation>Moderação</translation>
    </message>
    <message>
        <source>Choose a room or a conversation on the left.</source>
        <translation>Escolha uma sala ou uma conversa à esquerda.</translation>
    </message>
    <message>
        <source>Safety alert</source>
        <translation>Alerta de segurança</translation>
    </message>
    <message>
        <source>Write privately</source>
        <translation>Escrever em particular</translation>
    </message>
    <message>
        <source>Mute for an hour</source>
        <translation>Silenciar por uma hora</translation>
    </message>
    <message>
        <source>Remove from the room</source>
        <translation>Tirar da sala</translation>
    </message>
    <message>
        <source>Ban from the room</source>
        <translation>Banir da sala</translation>
    </message>
    <message>
        <source>Report this message…</source>
        <translation>Denunciar esta mensagem…</translation>
    </message>
    <message>
        <source>Remove this message</source>
        <translation>Remover esta mensagem</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Denunciar</translation>
    </message>
    <message>
        <source>Why do you report it?</source>
        <translation>Por que você está denunciando?</translation>
    </message>
    <message>
        <source>A comment for the moderators (optional):</source>
        <translation>Um comentário para os moderadores (opcional):</translation>
    </message>
    <message>
        <source>Write to an id…</source>
        <translation>Escrever para um identificador…</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>Conversa nova</translation>
    </message>
    <message>
        <source>The person&apos;s Relais id (26 letters and digits; they see it in their profile):</source>
        <translation>O identificador do Relais da pessoa (26 letras e números; ela o vê no perfil dela):</translation>
    </message>
    <message>
        <source>A name for this person, on this computer only:</source>
        <translation>Um nome para esta pessoa, só neste computador:</translation>
    </message>
    <message>
        <source>Leave this room</source>
        <translation>Sair desta sala</translation>
    </message>
    <message>
        <source>Invite code</source>
        <translation>Código de convite</translation>
    </message>
    <message>
        <source>%1 admits members with an invite code from its moderators. The code:</source>
        <translation>%1 aceita membros com um código de convite dos seus moderadores. O código:</translation>
    </message>
    <message>
        <source>Chat permanences (Brussels time)</source>
        <translation>Plantões de chat (hora de Bruxelas)</translation>
    </message>
    <message>
        <source>Mark verified</source>
        <translation>Marcar como verificada</translation>
    </message>
    <message>
        <source>Accept the new key</source>
        <translation>Aceitar a nova chave</translation>
    </message>
</context>
<context>
    <name>relais::qt::ConversationModel</name>
    <message>
        <source>a moderator</source>
        <translation>um moderador</translation>
    </message>
    <message>
        <source>an outreach worker</source>
        <translation>um(a) agente de campo</translation>
    </message>
    <message>
        <source>an administrator</source>
        <translation>uma pessoa da administração</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Você</translation>
    </message>
    <message>
        <source>sending…</source>
        <translation>enviando…</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>enviada</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>não enviada</translation>
    </message>
    <message>
        <source>Safety alert</source>
        <translation>Alerta de segurança</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>alguém</translation>
    </message>
    <message>
        <source>%1 joined the room.</source>
        <translation>%1 entrou na sala.</translation>
    </message>
    <message>
        <source>%1 left the room.</source>
        <translation>%1 saiu da sala.</translation>
    </message>
    <message>
        <source>%1 was removed from the room by a moderator.</source>
        <translation>Um moderador tirou %1 da sala.</translation>
    </message>
    <message>
        <source>%1 was banned by a moderator.</source>
        <translation>Um moderador baniu %1.</translation>
    </message>
    <message>
        <source>%1 may join again.</source>
        <translation>%1 pode entrar de novo.</translation>
    </message>
    <message>
        <source>%1 may write again.</source>
        <translation>%1 pode escrever de novo.</translation>
    </message>
    <message>
        <source>%1 was muted until %2.</source>
        <translation>%1 não pode escrever até %2.</translation>
    </message>
    <message>
        <source>A moderator removed a message.</source>
        <translation>Um moderador removeu uma mensagem.</translation>
    </message>
    <message>
        <source>A moderator pinned a safety alert.</source>
        <translation>Um moderador fixou um alerta de segurança.</translation>
    </message>
    <message>
        <source>A moderator unpinned the safety alert.</source>
        <translation>Um moderador desafixou o alerta de segurança.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 agora é %2.</translation>
    </message>
    <message>
        <source>%1 is no longer %2.</source>
        <translation>%1 não é mais %2.</translation>
    </message>
    <message>
        <source>A chat permanence opened.</source>
        <translation>Um plantão de chat abriu.</translation>
    </message>
    <message>
        <source>The chat permanence closed.</source>
        <translation>O plantão de chat fechou.</translation>
    </message>
    <message>
        <source>Something changed in the room.</source>
        <translation>Algo mudou na sala.</translation>
    </message>
    <message>
        <source>a member</source>
        <translation>um membro</translation>
    </message>
    <message>
        <source>A moderator removed you from this room. You can join it again.</source>
        <translation>Um moderador tirou você desta sala. Você pode entrar de novo.</translation>
    </message>
    <message>
        <source>A moderator banned you from this room: you can no longer read or write here, nor join again, unless a moderator lifts the ban.</source>
        <translation>Um moderador baniu você desta sala: você não pode mais ler nem escrever aqui, nem entrar de novo, a não ser que um moderador retire o banimento.</translation>
    </message>
    <message>
        <source>A moderator lifted your ban: you can join this room again.</source>
        <translation>Um moderador retirou seu banimento: você pode entrar nesta sala de novo.</translation>
    </message>
    <message>
        <source>A moderator lifted your mute: you can write again.</source>
        <translation>Um moderador devolveu sua voz: você pode escrever de novo.</translation>
    </message>
    <message>
        <source>A moderator muted you until %1: you can read, and write again after that.</source>
        <translation>Um moderador não deixa você escrever até %1: você pode ler, e escrever de novo depois disso.</translation>
    </message>
</context>
<context>
    <name>relais::qt::EngineHost</name>
    <message>
        <source>Warning: the identity key of %1 changed. It may be a new phone, or someone else: nothing is sent to them until you compare the safety number and mark them verified, or accept the new key.</source>
        <translation>Atenção: a chave de identidade de %1 mudou. Pode ser um telefone novo, ou outra pessoa: nada é enviado até você comparar o número de segurança e marcá-la como verificada, ou aceitar a nova chave.</translation>
    </message>
    <message>
        <source>No profile folder.</source>
        <translation>Nenhuma pasta de perfil.</translation>
    </message>
    <message>
        <source>There is already a profile in %1; unlock it instead.</source>
        <translation>Já existe um perfil em %1; desbloqueie-o.</translation>
    </message>
    <message>
        <source>The passphrase is empty.</source>
        <translation>A frase de acesso está vazia.</translation>
    </message>
    <message>
        <source>The CA file %1 cannot be read.</source>
        <translation>O arquivo CA %1 não pode ser lido.</translation>
    </message>
    <message>
        <source>There is no profile in %1.</source>
        <translation>Não há nenhum perfil em %1.</translation>
    </message>
    <message>
        <source>Wrong passphrase.</source>
        <translation>Frase de acesso errada.</translation>
    </message>
    <message>
        <source>The profile in %1 is damaged.</source>
        <translation>O perfil em %1 está danificado.</translation>
    </message>
    <message>
        <source>The profile is open in another program; close it first.</source>
        <translation>O perfil está aberto em outro programa; feche-o primeiro.</translation>
    </message>
    <message>
        <source>The profile in %1 is not registered.</source>
        <translation>O perfil em %1 não está registrado.</translation>
    </message>
    <message>
        <source>The profile is locked.</source>
        <translation>O perfil está bloqueado.</translation>
    </message>
    <message>
        <source>The passphrase is being changed already.</source>
        <translation>A frase de acesso já está sendo trocada.</translation>
    </message>
    <message>
        <source>The new passphrase is empty.</source>
        <translation>A nova frase de acesso está vazia.</translation>
    </message>
    <message>
        <source>The new passphrase is too weak; add a few words.</source>
        <translation>A nova frase de acesso é fraca demais; acrescente algumas palavras.</translation>
    </message>
    <message>
        <source>The new passphrase is the same as the current one.</source>
        <translation>A nova frase de acesso é igual à atual.</translation>
    </message>
    <message>
        <source>The profile could not be read.</source>
        <translation>O perfil não pôde ser lido.</translation>
    </message>
    <message>
        <source>The current passphrase is wrong.</source>
        <translation>A frase de acesso atual está errada.</translation>
    </message>
    <message>
        <source>The profile could not be read: %1</source>
        <translation>O perfil não pôde ser lido: %1</translation>
    </message>
    <message>
        <source>The passphrase could not be changed: %1</source>
        <translation>A frase de acesso não pôde ser trocada: %1</translation>
    </message>
    <message>
        <source>The relay closed the connection.</source>
        <translation>O relé fechou a conexão.</translation>
    </message>
    <message>
        <source>The profile could not be saved: %1</source>
        <translation>O perfil não pôde ser salvo: %1</translation>
    </message>
    <message>
        <source>The profile could not be created in %1: %2</source>
        <translation>O perfil não pôde ser criado em %1: %2</translation>
    </message>
    <message>
        <source>The relay address is not usable.</source>
        <translation>O endereço do relé não pode ser usado.</translation>
    </message>
    <message>
        <source>The pseudonym is not usable: %1</source>
        <translation>O pseudônimo não pode ser usado: %1</translation>
    </message>
</context>
<context>
    <name>relais::qt::MainWindow</name>
    <message>
        <source>Locked after a time without use.</source>
        <translation>Bloqueado depois de um tempo sem uso.</translation>
    </message>
    <message>
        <source>Your profile was created.</source>
        <translation>O seu perfil foi criado.</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>Saída rápida</translation>
    </message>
    <message>
        <source>Hides everything at once and locks (or press Escape twice).</source>
        <translation>Esconde tudo de uma vez e bloqueia (ou aperte Escape duas vezes).</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <source>Passphrase…</source>
        <translation>Frase de acesso…</translation>
    </message>
    <message>
        <source>Change the passphrase of this profile.</source>
        <translation>Trocar a frase de acesso deste perfil.</translation>
    </message>
    <message>
        <source>Administration…</source>
        <translation>Administração…</translation>
    </message>
    <message>
        <source>Roles, rooms, invite codes and organisations (admins).</source>
        <translation>Papéis, salas, códigos de convite e organizações (administração).</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Recursos</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ajuda</translation>
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
        <translation>Sem conexão; tentando de novo</translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation>A frase de acesso foi trocada.</translation>
    </message>
    <message>
        <source>My id</source>
        <translation>Meu identificador</translation>
    </message>
    <message>
        <source>&lt;p&gt;Pseudonym: &lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Relais id (give it to someone who wants to write to you):&lt;br&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Pseudônimo: &lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Identificador do Relais (dê a quem quiser escrever para você):&lt;br&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
</context>
<context>
    <name>relais::qt::MemberModel</name>
    <message>
        <source>If they read you the same digits (in person, or in a call where you know their voice), nobody is in the middle: mark them verified with the button below.</source>
        <translation>Se a pessoa ler para você os mesmos números (pessoalmente, ou numa ligação em que você reconhece a voz dela), não há ninguém no meio: marque-a como verificada com o botão abaixo.</translation>
    </message>
    <message>
        <source>identity key changed: compare the safety number</source>
        <translation>a chave de identidade mudou: compare o número de segurança</translation>
    </message>
    <message>
        <source>name like someone you know: it may not be them</source>
        <translation>nome parecido com o de alguém que você conhece: pode não ser a mesma pessoa</translation>
    </message>
    <message>
        <source>(you)</source>
        <translation>(você)</translation>
    </message>
    <message>
        <source>moderator</source>
        <translation>moderador</translation>
    </message>
    <message>
        <source>outreach worker</source>
        <translation>agente de campo</translation>
    </message>
    <message>
        <source>Safety number:</source>
        <translation>Número de segurança:</translation>
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
        <translation>agente de campo</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>administração</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dia</numerusform>
            <numerusform>%n dias</numerusform>
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
        <translation>Alguém</translation>
    </message>
    <message>
        <source>%1 let %2 in</source>
        <translation>%1 deixou %2 entrar</translation>
    </message>
    <message>
        <source>%1 refused %2</source>
        <translation>%1 recusou %2</translation>
    </message>
    <message>
        <source>%1 removed %2 from the room</source>
        <translation>%1 tirou %2 da sala</translation>
    </message>
    <message>
        <source>%1 banned %2</source>
        <translation>%1 baniu %2</translation>
    </message>
    <message>
        <source>%1 lifted the ban on %2</source>
        <translation>%1 retirou o banimento de %2</translation>
    </message>
    <message>
        <source>%1 let %2 speak again</source>
        <translation>%1 deixou %2 escrever de novo</translation>
    </message>
    <message>
        <source>%1 muted %2 for %3</source>
        <translation>%1 silenciou %2 por %3</translation>
    </message>
    <message>
        <source>%1 removed message %2</source>
        <translation>%1 removeu a mensagem %2</translation>
    </message>
    <message>
        <source>%1 pinned message %2</source>
        <translation>%1 fixou a mensagem %2</translation>
    </message>
    <message>
        <source>%1 pinned message %2 for %3</source>
        <translation>%1 fixou a mensagem %2 por %3</translation>
    </message>
    <message>
        <source>%1 unpinned message %2</source>
        <translation>%1 desafixou a mensagem %2</translation>
    </message>
    <message>
        <source>%1 made %2 %3</source>
        <translation>%1 tornou %2 %3</translation>
    </message>
    <message>
        <source>%1 took the %3 role from %2</source>
        <translation>%1 tirou o papel %3 de %2</translation>
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
        <translation>Lendo o registro…</translation>
    </message>
    <message>
        <source>Nothing in the log yet.</source>
        <translation>Ainda não há nada no registro.</translation>
    </message>
    <message>
        <source>The relay did not give the log: %1</source>
        <translation>O relé não forneceu o registro: %1</translation>
    </message>
    <message>
        <source>member</source>
        <translation>membro</translation>
    </message>
    <message>
        <source>%1 did something this program does not know</source>
        <translation>%1 fez algo que este programa não conhece</translation>
    </message>
</context>
<context>
    <name>relais::qt::ModerationPanel</name>
    <message>
        <source>Requests and reports</source>
        <translation>Pedidos e denúncias</translation>
    </message>
    <message>
        <source>Join requests</source>
        <translation>Pedidos para entrar</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Aprovar</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Recusar</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Denúncias</translation>
    </message>
    <message>
        <source>Remove the message</source>
        <translation>Remover a mensagem</translation>
    </message>
    <message>
        <source>Ban the sender</source>
        <translation>Banir quem enviou</translation>
    </message>
    <message>
        <source>✔ verified: the relay confirms this person sent exactly this text. A report that is not verified may be forged.</source>
        <translation>✔ verificada: o relé confirma que esta pessoa enviou exatamente este texto. Uma denúncia não verificada pode ser falsa.</translation>
    </message>
    <message>
        <source>Safety alert</source>
        <translation>Alerta de segurança</translation>
    </message>
    <message>
        <source>A warning for everyone in the room</source>
        <translation>Um aviso para todas as pessoas da sala</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Fixar</translation>
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
        <translation>Ninguém está esperando.</translation>
    </message>
    <message>
        <source>Mark as handled</source>
        <translation>Marcar como tratado</translation>
    </message>
    <message>
        <source>Show the handled reports</source>
        <translation>Mostrar as denúncias tratadas</translation>
    </message>
</context>
<context>
    <name>relais::qt::PassphraseDialog</name>
    <message>
        <source>Change the passphrase</source>
        <translation>Trocar a frase de acesso</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Frase de acesso atual</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Frase de acesso nova</translation>
    </message>
    <message>
        <source>The new one again</source>
        <translation>A nova de novo</translation>
    </message>
    <message>
        <source>Nobody can recover a forgotten passphrase, not even the relay&apos;s operators: without it, the profile is lost.</source>
        <translation>Ninguém consegue recuperar uma frase de acesso esquecida, nem mesmo quem opera o relé: sem ela, o perfil se perde.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Trocar</translation>
    </message>
    <message>
        <source>Give the current passphrase.</source>
        <translation>Digite a frase de acesso atual.</translation>
    </message>
    <message>
        <source>The new passphrase is too weak; add a few words.</source>
        <translation>A nova frase de acesso é fraca demais; acrescente algumas palavras.</translation>
    </message>
    <message>
        <source>The two new passphrases differ.</source>
        <translation>As duas frases novas são diferentes.</translation>
    </message>
    <message>
        <source>Changing…</source>
        <translation>Trocando…</translation>
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
        <translation>aberto agora</translation>
    </message>
    <message>
        <source>no opening planned</source>
        <translation>nenhuma abertura prevista</translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s) on duty</source>
        <translation>
            <numerusform>%n agente de plantão</numerusform>
            <numerusform>%n agentes de plantão</numerusform>
        </translation>
    </message>
    <message>
        <source>planned until %1, nobody there yet</source>
        <translation>previsto até às %1, ainda sem ninguém</translation>
    </message>
    <message>
        <source>The relay cannot be reached: this is what it said at %1 (Brussels time).</source>
        <translation>Não é possível contatar o relé: isto é o que ele dizia às %1 (hora de Bruxelas).</translation>
    </message>
    <message>
        <source>unknown while offline (open at %1)</source>
        <translation>desconhecido sem conexão (aberto às %1)</translation>
    </message>
    <message>
        <source>unknown while offline (closed at %1)</source>
        <translation>desconhecido sem conexão (fechado às %1)</translation>
    </message>
    <message>
        <source>next opening %1 (Brussels time)</source>
        <translation>próxima abertura %1 (hora de Bruxelas)</translation>
    </message>
</context>
<context>
    <name>relais::qt::PermanencePanel</name>
    <message>
        <source>Knock</source>
        <translation>Bater à porta</translation>
    </message>
    <message>
        <source>The worker offers to pass your conversation to a colleague.</source>
        <translation>A pessoa da organização propõe passar a sua conversa para um(a) colega.</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Aceitar</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Recusar</translation>
    </message>
    <message>
        <source>Write to the outreach worker</source>
        <translation>Escrever para a pessoa da organização</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Closed for now</source>
        <translation>Fechado por enquanto</translation>
    </message>
    <message>
        <source>Leave a message: the organisation&apos;s workers will read it</source>
        <translation>Deixe uma mensagem: as pessoas da organização vão ler</translation>
    </message>
    <message>
        <source>Leave the message</source>
        <translation>Deixar a mensagem</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Francês</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Neerlandês</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglês</translation>
    </message>
    <message>
        <source>Choose a permanence in the list.</source>
        <translation>Escolha um plantão na lista.</translation>
    </message>
    <message>
        <source>End the conversation</source>
        <translation>Encerrar a conversa</translation>
    </message>
    <message>
        <source>Leave the queue</source>
        <translation>Sair da fila</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Você</translation>
    </message>
    <message>
        <source>Outreach worker</source>
        <translation>Agente de campo</translation>
    </message>
    <message>
        <source> (sending)</source>
        <translation> (enviando)</translation>
    </message>
    <message>
        <source>In an emergency, call:</source>
        <translation>Em caso de emergência, ligue para:</translation>
    </message>
    <message>
        <source>Knock anyway</source>
        <translation>Bater à porta mesmo assim</translation>
    </message>
    <message>
        <source>The worker offers to pass your conversation to a colleague, %1.</source>
        <translation>A pessoa da organização propõe passar a sua conversa para um(a) colega, %1.</translation>
    </message>
    <message>
        <source>This permanence is held in %1. You can knock anyway, or leave a message when it is closed.</source>
        <translation>Este plantão é feito em %1. Você pode bater à porta mesmo assim, ou deixar uma mensagem quando estiver fechado.</translation>
    </message>
    <message>
        <source>The permanence has closed; your conversation goes on until one of you ends it.</source>
        <translation>O plantão fechou; a vossa conversa continua até uma das partes a terminar.</translation>
    </message>
    <message>
        <source>The conversation is over.</source>
        <translation>A conversa terminou.</translation>
    </message>
    <message>
        <source>Your messages with %1</source>
        <translation>As suas mensagens com %1</translation>
    </message>
    <message>
        <source>End the conversation with the outreach worker? You can knock again later.</source>
        <translation>Terminar a conversa com a pessoa da organização? Pode bater de novo mais tarde.</translation>
    </message>
    <message>
        <source>Leave the queue? Your place goes to the next person.</source>
        <translation>Sair da fila? O seu lugar passa para a pessoa seguinte.</translation>
    </message>
</context>
<context>
    <name>relais::qt::ReportModel</name>
    <message>
        <source>Harassment</source>
        <translation>Assédio</translation>
    </message>
    <message>
        <source>Doxing (someone&apos;s identity revealed)</source>
        <translation>Doxing (identidade de alguém revelada)</translation>
    </message>
    <message>
        <source>Signs of exploitation or trafficking</source>
        <translation>Sinais de exploração ou tráfico</translation>
    </message>
    <message>
        <source>Threat of violence</source>
        <translation>Ameaça de violência</translation>
    </message>
    <message>
        <source>Spam</source>
        <translation>Spam</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Outro</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>verificando…</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>verificada</translation>
    </message>
    <message>
        <source>NOT verified</source>
        <translation>NÃO verificada</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>Comentário: %1</translation>
    </message>
    <message>
        <source>Handled</source>
        <translation>Tratado</translation>
    </message>
</context>
<context>
    <name>relais::qt::ResourcesDialog</name>
    <message>
        <source>Emergency numbers</source>
        <translation>Números de emergência</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organizações</translation>
    </message>
    <message>
        <source>Not yet confirmed by the relay&apos;s operator.</source>
        <translation>Ainda não confirmado por quem opera o relé.</translation>
    </message>
    <message>
        <source>Help and resources</source>
        <translation>Ajuda e recursos</translation>
    </message>
    <message>
        <source>All cities</source>
        <translation>Todas as cidades</translation>
    </message>
    <message>
        <source>Cities: %1</source>
        <translation>Cidades: %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
</context>
<context>
    <name>relais::qt::RoomListModel</name>
    <message>
        <source>waiting for a moderator</source>
        <translation>esperando um moderador</translation>
    </message>
    <message>
        <source>not joined</source>
        <translation>não entrou</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n membro</numerusform>
            <numerusform>%n membros</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click to join this room.</source>
        <translation>Clique duas vezes para entrar nesta sala.</translation>
    </message>
</context>
<context>
    <name>relais::qt::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Como o sistema</translation>
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
        <translation>Bloquear depois deste tempo sem uso</translation>
    </message>
    <message>
        <source>Show message text in notifications</source>
        <translation>Mostrar o texto das mensagens nas notificações</translation>
    </message>
    <message>
        <source>Anyone who sees the screen can read a notification. Leave this off unless you are alone with this computer.</source>
        <translation>Qualquer pessoa que veja a tela pode ler uma notificação. Deixe desligado, a não ser que você esteja sozinho(a) com este computador.</translation>
    </message>
    <message>
        <source>Discretion: a neutral window title and icon</source>
        <translation>Discrição: um título e um ícone neutros para a janela</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>%1 is not offered on this relay: Relais is shown in %2.</source>
        <extracomment>%1 and %2 are languages named in themselves (&quot;Română&quot;, &quot;English&quot;).</extracomment>
        <translation>%1 não é oferecido neste relé; idioma exibido: %2.</translation>
    </message>
</context>
<context>
    <name>relais::qt::TicketSession</name>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>cerca de %n minuto</numerusform>
            <numerusform>cerca de %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>Knock to talk privately with an outreach worker.</source>
        <translation>Bata à porta para falar em particular com alguém da organização.</translation>
    </message>
    <message>
        <source>Knocking…</source>
        <translation>Batendo à porta…</translation>
    </message>
    <message>
        <source>Your place in the queue: %1. Estimated wait: %2.</source>
        <translation>O seu lugar na fila: %1. Espera estimada: %2.</translation>
    </message>
    <message>
        <source>An outreach worker took your ticket: you are talking privately.</source>
        <translation>Alguém da organização pegou a sua senha: vocês estão falando em particular.</translation>
    </message>
    <message>
        <source>The permanence is closed. No opening is planned yet.</source>
        <translation>O plantão está fechado. Ainda não há nenhuma abertura prevista.</translation>
    </message>
    <message>
        <source>The permanence is closed. Next opening: %1 (Brussels time).</source>
        <translation>O plantão está fechado. Próxima abertura: %1 (hora de Bruxelas).</translation>
    </message>
    <message>
        <source>The profile is locked.</source>
        <translation>O perfil está bloqueado.</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>A mensagem está vazia.</translation>
    </message>
    <message>
        <source>Wait until an outreach worker takes your ticket.</source>
        <translation>Espere até que alguém da organização pegue a sua senha.</translation>
    </message>
    <message>
        <source>An outreach worker took your ticket.</source>
        <translation>Alguém da organização pegou a sua senha.</translation>
    </message>
    <message>
        <source>The conversation with the outreach worker ended.</source>
        <translation>A conversa com a pessoa da organização terminou.</translation>
    </message>
    <message>
        <source>Your message was left for the organisation; a worker will read it.</source>
        <translation>A sua mensagem foi deixada para a organização; alguém vai ler.</translation>
    </message>
    <message>
        <source>You left the permanence.</source>
        <translation>Você saiu do plantão.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Não enviada: %1</translation>
    </message>
    <message>
        <source>Another outreach worker of the organisation now answers you, privately.</source>
        <translation>Agora é outra pessoa da organização que lhe responde, em privado.</translation>
    </message>
    <message>
        <source>The conversation ended after 12 hours. You can knock again.</source>
        <translation>A conversa terminou após 12 horas. Você pode bater à porta de novo.</translation>
    </message>
    <message>
        <source>The permanence closed before a worker could take your ticket.</source>
        <translation>O plantão fechou antes de uma pessoa da organização poder pegar a sua senha.</translation>
    </message>
    <message>
        <source>The conversation is over. You can knock again at any time.</source>
        <translation>A conversa terminou. Você pode bater à porta de novo a qualquer momento.</translation>
    </message>
    <message>
        <source>Another outreach worker of the organisation now answers you.</source>
        <translation>Agora é outra pessoa da organização que lhe responde.</translation>
    </message>
    <message>
        <source>You were away for a while, so your place in the queue went to the people waiting after you. You can knock again.</source>
        <translation>Esteve ausente por um tempo: o seu lugar na fila passou para as pessoas que esperavam depois de si. Pode bater à porta de novo.</translation>
    </message>
    <message>
        <source>The permanence is open, but its queue is full: no place was kept for you. Try again later.</source>
        <translation>O plantão está aberto, mas a fila está cheia: nenhum lugar foi guardado para si. Tente mais tarde.</translation>
    </message>
    <message>
        <source>The permanence is open, but many people from your network or with new accounts are waiting already: no place was kept for you. Try again later.</source>
        <translation>O plantão está aberto, mas muitas pessoas da sua rede ou com contas novas já estão à espera: nenhum lugar foi guardado para si. Tente mais tarde.</translation>
    </message>
    <message>
        <source>The workers have your message, but the organisation&apos;s inbox on the relay is full: they may see it late. If it is urgent, the emergency numbers are under Resources.</source>
        <translation>As trabalhadoras têm a sua mensagem, mas a caixa da organização no relé está cheia: podem vê-la tarde. Se for urgente, os números de emergência estão em Recursos.</translation>
    </message>
    <message>
        <source>The workers have your message, but the relay could not add it to the organisation&apos;s inbox for now: they may see it late. If it is urgent, the emergency numbers are under Resources.</source>
        <translation>As trabalhadoras têm a sua mensagem, mas o relé não conseguiu juntá-la por agora à caixa da organização: podem vê-la tarde. Se for urgente, os números de emergência estão em Recursos.</translation>
    </message>
    <message>
        <source>The permanence closed while you waited: your place in the queue has ended.</source>
        <translation>O plantão fechou enquanto esperava: o seu lugar na fila terminou.</translation>
    </message>
    <message>
        <source>The permanence is planned now until %1 (Brussels time), but no outreach worker is there yet. Knock again in a few minutes.</source>
        <translation>O plantão está previsto agora até às %1 (hora de Bruxelas), mas ainda não há ninguém da organização. Bata de novo daqui a alguns minutos.</translation>
    </message>
</context>
<context>
    <name>relais::qt::WelcomePage</name>
    <message>
        <source>&lt;h2&gt;Welcome&lt;/h2&gt;&lt;p&gt;Choose the relay your organisation gave you, a pseudonym (not your real name) and a passphrase. Nothing else about you is asked or kept.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Boas-vindas&lt;/h2&gt;&lt;p&gt;Escolha o relé que a sua organização te deu, um pseudônimo (não o seu nome verdadeiro) e uma frase de acesso. Nada mais sobre você é pedido ou guardado.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>only if the relay asks for one</source>
        <translation>só se o relé pedir um</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nobody can recover a forgotten passphrase&lt;/b&gt;, not even the relay&apos;s operator: the profile and its messages would be lost. Write it down somewhere safe, away from this computer.</source>
        <translation>&lt;b&gt;Ninguém consegue recuperar uma frase de acesso esquecida&lt;/b&gt;, nem mesmo quem opera o relé: o perfil e as suas mensagens se perderiam. Anote-a em algum lugar seguro, longe deste computador.</translation>
    </message>
    <message>
        <source>Create my profile</source>
        <translation>Criar o meu perfil</translation>
    </message>
    <message>
        <source>Relay address</source>
        <translation>Endereço do relé</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Pseudônimo</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de acesso</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Frase de acesso de novo</translation>
    </message>
    <message>
        <source>Invite code</source>
        <translation>Código de convite</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Unlock&lt;/h2&gt;&lt;p&gt;Type your passphrase.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Desbloquear&lt;/h2&gt;&lt;p&gt;Digite a sua frase de acesso.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Give the relay&apos;s address.</source>
        <translation>Indique o endereço do relé.</translation>
    </message>
    <message>
        <source>Choose a pseudonym.</source>
        <translation>Escolha um pseudônimo.</translation>
    </message>
    <message>
        <source>The passphrase is too weak; add a few words.</source>
        <translation>A frase de acesso é fraca demais; acrescente algumas palavras.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>As duas frases de acesso são diferentes.</translation>
    </message>
    <message>
        <source>Creating the profile…</source>
        <translation>Criando o perfil…</translation>
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
        <translation>Período: %1</translation>
    </message>
    <message>
        <source>Times the permanence opened: %1</source>
        <translation>Vezes que o plantão abriu: %1</translation>
    </message>
    <message>
        <source>Conversations held: %1</source>
        <translation>Conversas realizadas: %1</translation>
    </message>
    <message>
        <source>Left or closed while waiting: %1</source>
        <translation>Saíram ou fecharam durante a espera: %1</translation>
    </message>
    <message>
        <source>Languages asked: %1</source>
        <translation>Idiomas pedidos: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>Wait before a take: half within %1, 9 in 10 within %2, longest %3</source>
        <translation>Espera até ser atendido(a): metade em até %1, 9 em 10 em até %2, a mais longa %3</translation>
    </message>
    <message>
        <source>Messages left out of hours: %1</source>
        <translation>Mensagens deixadas fora do horário: %1</translation>
    </message>
    <message>
        <source>Handoffs: %1</source>
        <translation>Passagens: %1</translation>
    </message>
    <message>
        <source>The profile is locked.</source>
        <translation>O perfil está bloqueado.</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>A mensagem está vazia.</translation>
    </message>
    <message>
        <source>Choose one of your conversations first.</source>
        <translation>Escolha primeiro uma das suas conversas.</translation>
    </message>
    <message>
        <source>You took ticket %1: you can write to the person now.</source>
        <translation>Você pegou a senha %1: já pode escrever para a pessoa.</translation>
    </message>
    <message>
        <source>A colleague handed ticket %1 to you.</source>
        <translation>Um(a) colega passou a senha %1 para você.</translation>
    </message>
    <message>
        <source>Ticket %1 is now with your colleague.</source>
        <translation>A senha %1 agora está com o(a) seu(sua) colega.</translation>
    </message>
    <message>
        <source>The conversation of ticket %1 ended.</source>
        <translation>A conversa da senha %1 terminou.</translation>
    </message>
    <message>
        <source>A message was left for %1.</source>
        <translation>Foi deixada uma mensagem para %1.</translation>
    </message>
    <message>
        <source>The person declined the handoff of ticket %1; it stays with you.</source>
        <translation>A pessoa recusou a passagem da senha %1; ela fica com você.</translation>
    </message>
    <message>
        <source>You are on duty for %1.</source>
        <translation>Você está de plantão para %1.</translation>
    </message>
    <message>
        <source>You are off duty for %1.</source>
        <translation>Você não está mais de plantão para %1.</translation>
    </message>
    <message>
        <source>Ticket %1 was offered to %2; the person decides.</source>
        <translation>A senha %1 foi oferecida a %2; a pessoa decide.</translation>
    </message>
    <message>
        <source>You ended the conversation of ticket %1.</source>
        <translation>Você encerrou a conversa da senha %1.</translation>
    </message>
    <message>
        <source>The message is marked handled.</source>
        <translation>A mensagem está marcada como tratada.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Não enviada: %1</translation>
    </message>
    <message>
        <source>Ticket %1: %2</source>
        <translation>Senha %1: %2</translation>
    </message>
    <message>
        <source>colleague %1</source>
        <translation>colega %1</translation>
    </message>
    <message>
        <source>Choose a colleague on duty first.</source>
        <translation>Escolha primeiro um(a) colega de plantão.</translation>
    </message>
    <message>
        <source>Several colleagues on duty are named %1.</source>
        <translation>Vários(as) colegas de plantão chamam-se %1.</translation>
    </message>
    <message>
        <source>No colleague named %1 is on duty for this organisation.</source>
        <translation>Nenhum(a) colega chamado(a) %1 está de plantão nesta organização.</translation>
    </message>
    <message>
        <source>Choose a message in the inbox first.</source>
        <translation>Escolha primeiro uma mensagem da caixa de entrada.</translation>
    </message>
    <message>
        <source>Your answer went to the person; the message is marked handled.</source>
        <translation>A sua resposta foi enviada à pessoa; a mensagem está marcada como tratada.</translation>
    </message>
    <message>
        <source>A colleague, before the handoff</source>
        <translation>Um(a) colega, antes da passagem</translation>
    </message>
    <message>
        <source>%1 (colleague), before the handoff</source>
        <translation>%1 (colega), antes da passagem</translation>
    </message>
</context>
<context>
    <name>relais::qt::WorkerInboxModel</name>
    <message>
        <source>(the text is not on this device)</source>
        <translation>(o texto não está neste dispositivo)</translation>
    </message>
    <message>
        <source>handled</source>
        <translation>tratada</translation>
    </message>
    <message>
        <source>to handle</source>
        <translation>a tratar</translation>
    </message>
    <message>
        <source>not on the relay&apos;s list (its inbox was full)</source>
        <translation>não consta da lista do relé (a caixa estava cheia)</translation>
    </message>
    <message>
        <source>You answered: %1</source>
        <translation>Respondeu: %1</translation>
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
        <translation>A sala onde a abertura é anunciada; vazio: a prevista.</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organização:</translation>
    </message>
    <message>
        <source>Take</source>
        <translation>Pegar</translation>
    </message>
    <message>
        <source>&lt;b&gt;Waiting&lt;/b&gt;</source>
        <translation>&lt;b&gt;Esperando&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your conversations&lt;/b&gt;</source>
        <translation>&lt;b&gt;As suas conversas&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Write to the person</source>
        <translation>Escrever para a pessoa</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Hand off</source>
        <translation>Passar</translation>
    </message>
    <message>
        <source>End the conversation</source>
        <translation>Encerrar a conversa</translation>
    </message>
    <message>
        <source>Mark handled</source>
        <translation>Marcar como tratada</translation>
    </message>
    <message>
        <source>Messages left while the permanence was closed, oldest first.</source>
        <translation>Mensagens deixadas enquanto o plantão estava fechado, as mais antigas primeiro.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mês</translation>
    </message>
    <message>
        <source>ISO week</source>
        <translation>Semana ISO</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Ano</translation>
    </message>
    <message>
        <source>Show the counts</source>
        <translation>Mostrar os números</translation>
    </message>
    <message>
        <source>including</source>
        <translation>incluindo</translation>
    </message>
    <message>
        <source>Queue and conversations</source>
        <translation>Fila e conversas</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Caixa de entrada</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Números</translation>
    </message>
    <message>
        <source>Go off duty</source>
        <translation>Sair do plantão</translation>
    </message>
    <message>
        <source>Go on duty</source>
        <translation>Entrar no plantão</translation>
    </message>
    <message>
        <source>On duty</source>
        <translation>De plantão</translation>
    </message>
    <message>
        <source>Off duty</source>
        <translation>Fora do plantão</translation>
    </message>
    <message>
        <source>Take a ticket from the queue, or choose one of your conversations.</source>
        <translation>Pegue uma senha da fila, ou escolha uma das suas conversas.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ticket %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Senha %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ticket %1&lt;/b&gt; · %2</source>
        <translation>&lt;b&gt;Senha %1&lt;/b&gt; · %2</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Você</translation>
    </message>
    <message>
        <source>The person</source>
        <translation>A pessoa</translation>
    </message>
    <message>
        <source> (sending)</source>
        <translation> (enviando)</translation>
    </message>
    <message>
        <source>No colleague on duty</source>
        <translation>Nenhum(a) colega de plantão</translation>
    </message>
    <message>
        <source>A colleague on duty</source>
        <translation>Um(a) colega de plantão</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Responder</translation>
    </message>
    <message>
        <source>Answer on behalf of the organisation</source>
        <translation>Responder em nome da organização</translation>
    </message>
</context>
<context>
    <name>relais::qt::WorkerQueueModel</name>
    <message>
        <source>French</source>
        <translation>Francês</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Neerlandês</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglês</translation>
    </message>
    <message>
        <source>any language</source>
        <translation>qualquer idioma</translation>
    </message>
    <message>
        <source>%1. Ticket %2 · %3 · waiting %4</source>
        <translation>%1. Senha %2 · %3 · esperando %4</translation>
    </message>
</context>
<context>
    <name>relais::qt::WorkerTicketModel</name>
    <message>
        <source>Ticket %1 · %2</source>
        <translation>Senha %1 · %2</translation>
    </message>
    <message>
        <source>awaiting your reply</source>
        <translation>esperando a sua resposta</translation>
    </message>
</context>
<context>
    <name>relais::qt::Workspace</name>
    <message>
        <source>Not sent: the identity key of %1 changed. It may be a new phone, or someone else. Compare the safety number, then mark them verified; or accept the new key (right-click on their name).</source>
        <translation>Não enviada: a chave de identidade de %1 mudou. Pode ser um telefone novo, ou outra pessoa. Compare o número de segurança e depois marque-a como verificada; ou aceite a nova chave (clique direito no nome).</translation>
    </message>
    <message>
        <source>%1 is verified on this device, until their identity key changes.</source>
        <translation>%1 está verificada neste dispositivo, até a chave de identidade dela mudar.</translation>
    </message>
    <message>
        <source>Messages go to the new key of %1. It is not verified: compare the safety number when you can.</source>
        <translation>As mensagens vão para a nova chave de %1. Ela não está verificada: compare o número de segurança quando puder.</translation>
    </message>
    <message>
        <source>This is not a Relais id (26 letters and digits).</source>
        <translation>Isto não é um identificador do Relais (26 letras e números).</translation>
    </message>
    <message>
        <source>The profile is locked.</source>
        <translation>O perfil está bloqueado.</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>A mensagem está vazia.</translation>
    </message>
    <message>
        <source>Choose a conversation first.</source>
        <translation>Escolha primeiro uma conversa.</translation>
    </message>
    <message>
        <source>Your request to join %1 waits for a moderator.</source>
        <translation>O seu pedido para entrar em %1 espera um moderador.</translation>
    </message>
    <message>
        <source>You joined %1.</source>
        <translation>Você entrou em %1.</translation>
    </message>
    <message>
        <source>A moderator let you into %1.</source>
        <translation>Um moderador deixou você entrar em %1.</translation>
    </message>
    <message>
        <source>Your request to join %1 was refused.</source>
        <translation>O seu pedido para entrar em %1 foi recusado.</translation>
    </message>
    <message>
        <source>You left %1.</source>
        <translation>Você saiu de %1.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Não enviada: %1</translation>
    </message>
    <message>
        <source>A report arrived for the moderators.</source>
        <translation>Chegou uma denúncia para os moderadores.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Pronto.</translation>
    </message>
    <message numerus="yes">
        <source>The report reached %n moderator(s).</source>
        <translation>
            <numerusform>A denúncia chegou a %n moderador.</numerusform>
            <numerusform>A denúncia chegou a %n moderadores.</numerusform>
        </translation>
    </message>
    <message>
        <source>A moderator removed your message from %1: it is gone from every member&apos;s screen and from the relay.</source>
        <translation>Um moderador removeu sua mensagem de %1: ela sumiu da tela de todos os membros e do relé.</translation>
    </message>
    <message>
        <source>%1 answered your message: it is under Permanence.</source>
        <translation>%1 respondeu à sua mensagem: está em Plantão.</translation>
    </message>
</context>
</TS>
