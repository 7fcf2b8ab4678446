## SMTP reply codes: English (reference locale).
## Facts follow RFC 5321 and the extension RFCs cited in content/smtp/catalog.toml.

smtp-name = SMTP reply codes
smtp-intro = An SMTP server answers every command with a three-digit reply code followed by text meant for people. The first digit tells the client whether the command succeeded, needs more input, failed for now or failed for good, and the other two digits narrow down the reason. This catalog covers the 38 codes defined by standards-track RFCs, with what each one means, when it appears and what to do about it.

## Comparison pages

smtp-guide = Find the three digits at the start of the server's reply, in your mail log or in the bounce message, and read the line for that code.
# One line per code under "Which one applies to you". $code, $name: the code and its name;
# every fact of the code is a variable too ($retry, $actor, $class, ...).
smtp-guide-line = { $retry ->
    [continue] If you got { $code }, nothing is wrong: the server is ready for the next part of the request, and the client goes on and sends it.
   *[other] { $actor ->
        [nobody] If you got { $code }, nothing has gone wrong and nobody needs to change anything.
        [client] If you got { $code }, look at the client: it sent something the server could not accept, so its configuration or code has to change.
        [sender] If you got { $code }, look at the message you sent: an address or the content has to be corrected before you send again.
        [user] If you got { $code }, look at how you log in: the credentials, the mechanism or the encryption of the connection.
        [admin] If you got { $code }, { $retry ->
            [later] wait: the client will try again, and if the reply persists, the administrator of the receiving server has to look at it.
           *[other] the administrator of the receiving server has to act; as a sender, contact them or use another route.
        }
       *[recipient] { $retry ->
            [depends] If you got { $code }, a limit on the receiving side was reached, and the text of the reply says which: for a message that is too large, make it smaller; for a full mailbox, tell the recipient another way; for too many recipients, the client sends to the others in a later transaction.
           *[other] If you got { $code }, the recipient's mailbox is the cause: { $retry ->
                [later] the client tries again later; if the reply persists, tell the recipient another way.
               *[other] sending the same message again will not help, so tell the recipient another way.
            }
        }
    }
}

## Facts. Each fact has a name; a choice has a name for each value (with .about, what it
## means); a compared fact has sentences for two codes that differ on it (-differ), share it
## (-same), or of which only one has it (-only). Variables: $a, $b, the codes; $valueA,
## $valueB, their values (select on these); $labelA, $labelB, the values' names; for
## -same, $value and $label; for -only, $code (the one that has it) and $other.

smtp-class = Class
smtp-class-2 = 2yz: positive completion
    .about = The server has carried out the request; the client can go on with the next command.
smtp-class-3 = 3yz: positive intermediate
    .about = The server has accepted the command and is waiting for more from the client to complete it.
smtp-class-4 = 4yz: transient negative completion
    .about = The request failed this time, but the same request may work later; the client is expected to try again.
smtp-class-5 = 5yz: permanent negative completion
    .about = The request failed and will fail again if it is repeated unchanged; something has to be corrected first.
smtp-class-differ = { $a } starts with { $valueA } and { $b } with { $valueB }: { $valueA ->
    [2] the first means success
    [3] the first asks the client for more
    [4] the first is a transient negative reply
   *[5] the first is a permanent failure
}, { $valueB ->
    [2] the second means success.
    [3] the second asks the client for more.
    [4] the second is a transient negative reply.
   *[5] the second is a permanent failure.
}
smtp-class-same = Both start with { $value }, so the client treats them alike: { $value ->
    [2] the request succeeded and it goes on.
    [3] it sends what the server asked for next.
    [4] the request did not succeed this time, and the same request may succeed later.
   *[5] the failure is permanent and the request must change.
}

smtp-category = Second digit
smtp-category-0 = 0, syntax
    .about = Syntax errors, correct commands that fit no other category, and commands that are not implemented or not needed.
smtp-category-1 = 1, information
    .about = Replies to requests for information, such as status or help.
smtp-category-2 = 2, connections
    .about = Replies about the transmission channel itself.
smtp-category-3 = 3, no category
    .about = RFC 5321 defines no category for this digit, so it adds nothing beyond the code itself.
smtp-category-4 = 4, no category
    .about = RFC 5321 defines no category for this digit, so it adds nothing beyond the code itself.
smtp-category-5 = 5, mail system
    .about = Replies about the state of the receiving mail system for the requested transfer or other action.
smtp-category-differ = The second digit of { $a } is { $valueA }, { $valueA ->
    [0] the syntax category
    [1] the information category
    [2] the connections category
    [5] the mail system category
   *[other] a digit for which RFC 5321 defines no category
}; that of { $b } is { $valueB }, { $valueB ->
    [0] the syntax category.
    [1] the information category.
    [2] the connections category.
    [5] the mail system category.
   *[other] a digit for which RFC 5321 defines no category.
}
smtp-category-same = Both have { $value } as their second digit: { $value ->
    [0] both are in the syntax category.
    [1] both are in the information category.
    [2] both are in the connections category.
    [5] both are in the mail system category.
   *[other] RFC 5321 defines no category for it, so it says nothing more about either.
}

smtp-retry = Retrying
smtp-retry-success = Nothing to retry: the request succeeded.
smtp-retry-continue = Not a failure: the client goes on with the next step of the same request.
smtp-retry-later = Transient: the same request may succeed later, so the client tries it again.
smtp-retry-never = Permanent: the same request will fail again until something is changed.
smtp-retry-depends = Permanent, with one exception: when it means too many recipients, the client treats it as temporary.
smtp-retry-differ = { $a }: { $valueA ->
    [success] nothing to retry, the request succeeded.
    [continue] no retry, the client continues with the next step.
    [later] transient, the client tries the same request again later.
    [depends] permanent, but treated as temporary when it means too many recipients.
   *[never] do not retry unchanged, it will fail again.
} { $b }: { $valueB ->
    [success] nothing to retry, the request succeeded.
    [continue] no retry, the client continues with the next step.
    [later] transient, the client tries the same request again later.
    [depends] permanent, but treated as temporary when it means too many recipients.
   *[never] do not retry unchanged, it will fail again.
}
smtp-retry-same = { $value ->
    [success] Neither is retried: both report success.
    [continue] Neither is retried: both ask the client to go on with the same request.
    [later] Both are transient: the client tries the same request again later.
    [depends] Neither is normally retried, apart from the too-many-recipients case both share.
   *[never] Neither should be retried unchanged: both fail again until something is corrected.
}

smtp-actor = Who has to act
smtp-actor-nobody = Nobody: things are working as intended.
smtp-actor-client = The client software, or whoever maintains it.
smtp-actor-sender = The sender, by correcting the address or the message.
smtp-actor-user = The user, by fixing how they authenticate.
smtp-actor-admin = The administrator of the receiving server.
smtp-actor-recipient = The recipient, whose mailbox is the cause.
smtp-actor-differ = Who acts on { $a }: { $valueA ->
    [nobody] nobody, it is working as intended.
    [client] the client software or whoever maintains it.
    [sender] the sender, by correcting the address or the message.
    [user] the user, by fixing how they authenticate.
    [admin] the administrator of the receiving server.
   *[recipient] the recipient, whose mailbox is the cause.
} On { $b }: { $valueB ->
    [nobody] nobody, it is working as intended.
    [client] the client software or whoever maintains it.
    [sender] the sender, by correcting the address or the message.
    [user] the user, by fixing how they authenticate.
    [admin] the administrator of the receiving server.
   *[recipient] the recipient, whose mailbox is the cause.
}
smtp-actor-same = { $value ->
    [nobody] For both, nobody has to act: things are working as intended.
    [client] For both, the client software, or whoever maintains it, has to change what it sends.
    [sender] For both, the sender has to correct the address or the message.
    [user] For both, the user has to sort out how they authenticate.
    [admin] For both, the administrator of the receiving server is the one who can fix the cause.
   *[recipient] For both, the cause lies with the recipient's mailbox.
}

smtp-stage = Where it appears
smtp-stage-connect = Opening of the session
    .about = The server's first reply, when a client connects.
smtp-stage-hello = Greeting
    .about = The reply to the client's `EHLO` or `HELO`.
smtp-stage-tls = Switch to TLS
    .about = The reply to `STARTTLS`, the command that asks the server to switch the connection to TLS.
smtp-stage-auth = Authentication
    .about = The reply to `AUTH`, or to a response the client sends within that exchange.
smtp-stage-envelope = Envelope
    .about = The reply to `MAIL FROM` or `RCPT TO`, while the envelope is being built.
smtp-stage-data = Message transfer
    .about = The reply to `DATA` or `BDAT`, or after the message ends with `<CRLF>.<CRLF>`.
smtp-stage-query = Queries and housekeeping
    .about = The reply to `VRFY`, `EXPN`, `HELP`, `NOOP` or `RSET`.
smtp-stage-quit = End of the session
    .about = The reply to `QUIT`.
smtp-stage-queue = Delivery of held mail
    .about = The reply to `ETRN`, which asks the server to start delivering the mail it holds for a host, or to `ATRN` in On-Demand Mail Relay, which asks it to turn the connection around and deliver.
smtp-stage-any = Anywhere
    .about = Not tied to one step: the server may send it at any point, in reply to many different commands.
smtp-stage-differ = { $valueA ->
    [connect] { $a } is the server's opening reply when a client connects
    [hello] { $a } answers the client's `EHLO` or `HELO`
    [tls] { $a } answers `STARTTLS`
    [auth] { $a } appears during authentication
    [envelope] { $a } appears while the envelope is built, after `MAIL FROM` or `RCPT TO`
    [data] { $a } appears during message transfer
    [query] { $a } answers a query or housekeeping command
    [quit] { $a } answers `QUIT`
    [queue] { $a } answers a client that asks for the mail the server holds for it
   *[any] { $a } can come at any point of the session
}, while { $valueB ->
    [connect] { $b } is the server's opening reply when a client connects.
    [hello] { $b } answers the client's `EHLO` or `HELO`.
    [tls] { $b } answers `STARTTLS`.
    [auth] { $b } appears during authentication.
    [envelope] { $b } appears while the envelope is built, after `MAIL FROM` or `RCPT TO`.
    [data] { $b } appears during message transfer.
    [query] { $b } answers a query or housekeeping command.
    [quit] { $b } answers `QUIT`.
    [queue] { $b } answers a client that asks for the mail the server holds for it.
   *[any] { $b } can come at any point of the session.
}
smtp-stage-same = { $value ->
    [connect] Both { $a } and { $b } appear at the very start of a session, as the server's opening reply when a client connects.
    [hello] Both { $a } and { $b } answer the client's `EHLO` or `HELO` greeting.
    [tls] Both { $a } and { $b } answer `STARTTLS`, the command that asks the server to switch the connection to TLS.
    [auth] Both { $a } and { $b } appear during authentication, in reply to `AUTH` or to a response the client sends within that exchange.
    [envelope] Both { $a } and { $b } appear while the envelope is being built, in reply to `MAIL FROM` or `RCPT TO`.
    [data] Both { $a } and { $b } appear during message transfer, in reply to `DATA` or `BDAT` or after the message ends with `<CRLF>.<CRLF>`.
    [query] Both { $a } and { $b } answer query and housekeeping commands, such as `VRFY`, `EXPN`, `HELP`, `NOOP` or `RSET`.
    [quit] Both { $a } and { $b } answer `QUIT` at the end of a session.
    [queue] Both { $a } and { $b } answer a request to deliver mail the server holds for the client, made with `ETRN` or with `ATRN` in On-Demand Mail Relay.
   *[any] Both { $a } and { $b } can arrive at any point in the session, in reply to many different commands.
}

smtp-greeting = Sent as the greeting
    .note = The server may send this code as its first reply when a connection opens.
smtp-commands = Returned by
smtp-any_command = Can answer any command
    .note = The server may send it in reply to any command when it has to refuse or shut down.
smtp-enhanced = Enhanced status codes
    .none = None: RFC 2034 gives enhanced status codes only to 2yz, 4yz and 5yz replies.
smtp-defined_in = Defined in
smtp-related = Often compared with
smtp-deprecated = Deprecated
    .note = This code is kept only so that old replies can be understood; new servers should not send it.
smtp-deprecated-only = { $code } is deprecated and kept only so that old replies can be understood; { $other } is current.
smtp-transcript = Example session
    .note = Lines starting with C: are sent by the client, lines starting with S: by the server.

## One message per code: the short name, then what it means, when you see it,
## and what to do.

smtp-211 = System Status
    .description = A positive reply that carries system status or general help information. RFC 5321 lists it, together with 214, as an answer to `HELP`, and its text reports the state of the server rather than explaining one command. The text is meant for people and has no fixed format.
    .when = You see 211 in reply to `HELP`, from servers that answer it with a status summary instead of a list of commands.
    .fix = Nothing has gone wrong, so there is nothing to repair. If you script against a server, do not parse this text, because RFC 5321 gives it no fixed format.

smtp-214 = Help Message
    .description = A positive reply to `HELP` that explains how to use the server or what a non-standard command means. RFC 5321 says this text is useful only to a human reader. Servers often send it as a multiline reply in which every line starts with 214.
    .when = You see 214 after sending `HELP`, with or without a command name as its argument, typically in an interactive session opened by hand.
    .fix = Read the text as a hint for a person at the keyboard. Client software should learn what a server supports from its `EHLO` reply, not from help text, which has no defined format.

smtp-220 = Service Ready
    .description = The server is ready. As the opening reply on a new connection, 220 starts with the server's domain name and invites the client to send `EHLO` or `HELO`. The same code answers `STARTTLS` (RFC 3207) with the text “Ready to start TLS”, telling the client to begin the TLS handshake at once. As the greeting it never carries an enhanced status code (RFC 2034); as the reply to `STARTTLS` it carries one, such as `2.0.0`, on servers that announce `ENHANCEDSTATUSCODES`.
    .when = You see 220 as the first line after the connection opens, and again in reply to `STARTTLS` when the server agrees to switch to TLS.
    .fix = After the greeting, send `EHLO` with your own fully qualified host name. After a 220 to `STARTTLS`, run the TLS handshake and then send `EHLO` again, because both sides discard what they learned before encryption began.

smtp-221 = Service Closing Transmission Channel
    .description = A positive reply saying that the server is closing the transmission channel. It normally answers `QUIT`, and its text starts with the server's domain name. Once it has been sent, the server may close the connection, so the session ends in an orderly way.
    .when = You see 221 in reply to `QUIT` at the end of a session, whether or not any message was sent in it.
    .fix = Close your side of the connection once the reply has arrived. Any message the server already accepted with a 250 after its data is now the server's responsibility, so the 221 does not put it at risk.

smtp-235 = Authentication Succeeded
    .description = The `AUTH` exchange has finished and the server accepted the client's credentials (RFC 4954). From this point the session is authenticated, and the server may allow actions it refuses to anonymous clients, such as relaying mail for the user. RFC 4954 suggests the enhanced code `2.7.0` with it.
    .when = You see 235 at the end of a successful `AUTH` exchange, either right after `AUTH` with an initial response or after the client's answer to the last 334 challenge.
    .fix = Continue with `MAIL FROM`. Do not send `AUTH` a second time in the same session, because the server must reject it with 503.

smtp-250 = Requested Action Completed
    .description = The most common positive reply: the requested action was carried out. It accepts a sender, a recipient or, after the final `<CRLF>.<CRLF>`, the whole message, which the server then becomes responsible for delivering. It also answers `EHLO` with the list of supported extensions, as well as `RSET`, `NOOP`, `VRFY`, `EXPN`, `BDAT`, `ETRN` and `ATRN`.
    .when = You see 250 after nearly every successful command: `EHLO`, `MAIL FROM`, each accepted `RCPT TO`, the end of the message data and each `BDAT` chunk.
    .fix = Go on with the next step of the session. A 250 after the end of the data means the receiving server has taken responsibility for the message, so any later delivery problem reaches the sender as a bounce message rather than as an SMTP reply.

smtp-251 = User Not Local, Will Forward
    .description = A positive reply to `RCPT TO` or `VRFY`: the address is not handled on this server, but the server accepts it and will forward the message to the address, the forward path, named in the text. It is one of the few replies whose text clients may parse. In reply to `ETRN`, RFC 1985 gives 251 another meaning: no messages are waiting for the node.
    .when = You see 251 when a recipient has moved and the receiving server forwards mail on their behalf, or when `ETRN` finds nothing queued for the named domain.
    .fix = Delivery goes ahead, so you do not have to act now. If you keep an address book, update the entry to the address given in the reply, so that later mail goes there directly.

smtp-252 = Cannot Verify User
    .description = A positive reply to `VRFY` or `EXPN` saying that the server will not or cannot confirm the address, yet will accept mail for it and attempt delivery. Many servers send it so as not to reveal which mailboxes exist. SMTPUTF8 servers also send it when the answer would need UTF-8 the client did not allow, and RFC 1985 reuses 252 for `ETRN`.
    .when = You see 252 after `VRFY` or `EXPN` on servers that do not disclose their users, and after `ETRN` when delivery of the mail queued for the node has started.
    .fix = Do not treat 252 as proof that a mailbox exists or does not exist. To test an address, use `RCPT TO` in a real transaction and read that reply, keeping in mind that some servers accept every address at that point and bounce unknown ones later.

smtp-253 = Pending Messages Started
    .description = A positive reply to `ETRN` (RFC 1985): the server has started delivering the messages it holds for the node named in the request, and its text says how many were waiting. It is used only with `ETRN`, which a site that connects now and then sends to ask its relay to flush the queue kept for its domain.
    .when = You see 253 after a client sends `ETRN` with its domain name, when the relay holds mail for that domain and begins to deliver it.
    .fix = Keep your mail server reachable, because the relay delivers the queued messages through its usual SMTP connections to your server. The session that sent `ETRN` can end with `QUIT`.

smtp-334 = Server Challenge
    .description = An intermediate reply in the `AUTH` exchange (RFC 4954). Its text is a BASE64-encoded challenge produced by the SASL mechanism, and the client must answer it with a BASE64-encoded response on a line of its own. When the mechanism has no challenge to send, the text is empty and the reply is just 334 followed by a space.
    .when = You see 334 right after `AUTH` names a mechanism without an initial response, and between the further steps of mechanisms that need several round trips.
    .fix = Decode the challenge, compute the response the mechanism asks for, and send it BASE64-encoded. To give up instead, send a single `*`; the server then ends the exchange with 501.

smtp-354 = Start Mail Input
    .description = An intermediate reply to `DATA`: the server has at least one accepted recipient and now waits for the message itself, headers and body, ended by a line that holds only a period (`<CRLF>.<CRLF>`). Whether the transaction succeeded is told by the reply that follows that final line, not by the 354.
    .when = You see 354 right after `DATA`, once `MAIL FROM` and at least one `RCPT TO` have been accepted.
    .fix = Send the message, adding an extra period to every line that starts with one, and end it with `<CRLF>.<CRLF>`. Then wait for the final reply, which tells you whether the server accepted the message.

smtp-421 = Service Not Available
    .description = The service is not available and the server is closing the transmission channel. It can be the opening reply when the server refuses new sessions, or the answer to any command once the server knows it must shut down. The condition is temporary, and the text starts with the server's domain name.
    .when = You see 421 on connecting to a server that is overloaded, restarting or limiting connections, or in the middle of a session just before the server drops it.
    .fix = As a client, keep the message queued and try again later; a standard mail server does this on its own. As the server's administrator, look in the logs for the cause, such as a connection limit or a shutdown in progress.

smtp-432 = Password Transition Needed
    .description = A temporary failure of `AUTH` (RFC 4954): before the requested mechanism can work for this user, the user must make a password transition, usually by authenticating once with `AUTH PLAIN`. After that, the chosen mechanism should succeed in later sessions. The matching enhanced code is `4.7.12`.
    .when = You see 432 in reply to `AUTH` with a mechanism that the server cannot yet use for this account, typically the first time a user tries it.
    .fix = Authenticate once with `AUTH PLAIN` over a connection protected by `STARTTLS`, then use the mechanism you wanted in later sessions. If your mail program cannot do that, ask the server's administrator how to complete the transition.

smtp-450 = Mailbox Temporarily Unavailable
    .description = The server did not take the requested action because the mailbox is unavailable for now, for example busy or temporarily blocked for policy reasons. It is the transient counterpart of 550, so the same request may succeed later. RFC 2645 also uses 450 to refuse an `ATRN` request.
    .when = You see 450 in reply to `RCPT TO`, or after the end of the message data when a policy check defers the message, often from servers that hold back mail from senders they have not seen before.
    .fix = Leave the message in the queue and retry later; mail servers do this automatically, waiting longer between attempts. If the same recipient keeps returning 450 for days, contact the postmaster of the receiving domain, for example `postmaster@example.org`.

smtp-451 = Local Error in Processing
    .description = The server aborted the requested action because of an error on its own side, such as a failed disk write or a lookup that timed out. The failure is temporary. RFC 5321 also tells a client that loses the connection in the middle of a transaction to act as if it had received 451, and RFC 2645 uses it when an `ATRN` request cannot be processed now.
    .when = You see 451 in reply to `MAIL FROM` or `RCPT TO`, or after the end of the message data, when the receiving server runs into an internal problem.
    .fix = As a sender, keep the message and retry later, since the problem lies with the receiving side. As the receiving server's administrator, look in the mail log at the time of the reply, because the reply text rarely says enough on its own.

smtp-452 = Insufficient System Storage
    .description = The server did not take the requested action because it is short of storage for now. RFC 5321 also makes 452 the correct reply when a client sends more recipients than the server takes in one transaction, a case that older software reported with 552. Under the SIZE extension, it says a message of the declared size cannot be accepted at the moment.
    .when = You see 452 in reply to `MAIL FROM` when the disk or queue is low on space, in reply to a `RCPT TO` beyond the server's recipient limit, or after the end of the data.
    .fix = If the reply came for extra recipients, send the message now to those already accepted and deliver it to the others in a later transaction. Otherwise retry later; if you run the receiving server, free disk space or raise its queue limits.

smtp-453 = You Have No Mail
    .description = A reply to `ATRN` in On-Demand Mail Relay (RFC 2645): the server holds no mail for the domains the client asked about, so the roles are not reversed and nothing is delivered. Although it is a 4yz code, nothing is wrong. The IANA registry links 453 with an unrelated meaning, “System not accepting network messages”, which no RFC defines.
    .when = You see 453 when an ODMR client has authenticated and sent `ATRN` for its domains, and the provider has nothing queued for them.
    .fix = End the session with `QUIT` and send `ATRN` again at your next scheduled connection. If you expected mail, check with your provider that their server queues mail for exactly the domain names you request.

smtp-454 = TLS or Authentication Temporarily Unavailable
    .description = A temporary failure with two standard uses. In reply to `STARTTLS` (RFC 3207), it means TLS cannot be offered right now; in reply to `AUTH` (RFC 4954), it means authentication failed for a temporary reason on the server's side, such as a credential store it cannot reach. Either way, the same request may succeed later.
    .when = You see 454 right after `STARTTLS` when the server's TLS setup is broken or overloaded, or after `AUTH` when the server cannot check the credentials at that moment.
    .fix = Retry later, and do not fall back to sending credentials over an unencrypted connection. If you run the server, check its TLS certificate and key files, or the authentication service it relies on.

smtp-455 = Cannot Accommodate Parameters
    .description = The server cannot accommodate the parameters given with `MAIL FROM` or `RCPT TO` at the moment (RFC 5321 §4.1.1.11). The condition is temporary, so the same command may succeed later. When the parameters are not recognized or not implemented at all, the permanent reply 555 is used instead.
    .when = You see 455 after a `MAIL FROM` or `RCPT TO` that carries extension parameters the server cannot honour for the current transaction.
    .fix = Retry the transaction later with the same parameters. If it keeps failing, check which parameters you send and whether the server's `EHLO` reply still advertises the extensions they belong to.

smtp-458 = Unable to Queue for Node
    .description = A temporary failure of `ETRN` (RFC 1985): the server cannot start processing its queue for the node named in the request at the moment. Nothing is wrong with the request itself, and the client may send the same `ETRN` again later.
    .when = You see 458 after `ETRN` with a domain name, when the relay cannot start delivering the mail it holds for that domain right now.
    .fix = Send `ETRN` again after a delay. If the reply does not change, ask the relay's administrator to check its queue and its delivery process for your domain.

smtp-459 = Node Not Allowed
    .description = A reply to `ETRN` (RFC 1985) saying that the server will not start a queue run for the named node, with the reason given in the text. One possible reason is that the relay does not hold mail for that domain at all. Although the code is in the 4yz class, repeating the same request rarely helps until the cause is fixed.
    .when = You see 459 after `ETRN` names a domain the relay does not queue mail for, or one your host is not permitted to request.
    .fix = Check that the domain after `ETRN` is exactly the one the relay holds mail for. If it is, ask the relay's administrator to allow your host to request a queue run for it.

smtp-500 = Command Unrecognized
    .description = A permanent syntax error: the server did not recognize the command, or the command line was too long. RFC 5321 keeps 500 for commands the server does not know at all, while a known command that it does not implement gets 502. During `AUTH`, RFC 4954 uses 500 with `5.5.6` for a response line longer than the server accepts.
    .when = You see 500 after a mistyped or unknown command, after a line longer than the server accepts, and when a client speaks another protocol, or sends encrypted data, to a plain SMTP port.
    .fix = Check the spelling of the command and the length of the line, and send only commands the server listed in its `EHLO` reply. If your client starts TLS as soon as it connects, make sure the port expects that, or use `STARTTLS` on a plain port.

smtp-501 = Syntax Error in Parameters or Arguments
    .description = A permanent error: the command was recognized, but its parameters or arguments are malformed. Any command can get it, for example with a badly formed address, with an argument to a command that takes none such as `STARTTLS`, or with undecodable BASE64 during `AUTH`. RFC 4954 also uses 501 when the client cancels an `AUTH` exchange with `*`.
    .when = You see 501 after `MAIL FROM` or `RCPT TO` with a malformed address, after `EHLO` or `HELO` with an invalid host name, or after `STARTTLS` or `DATA` sent with arguments.
    .fix = Correct the argument: put addresses in angle brackets without spaces, give `EHLO` a fully qualified domain name or an address literal such as `[192.0.2.10]`, and send no arguments to commands that take none. The reply text usually names the part the server rejected.

smtp-502 = Command Not Implemented
    .description = A permanent error: the server recognizes the command but does not implement it. Servers commonly answer `VRFY`, `EXPN` or `HELP` this way, and only old servers without extended SMTP answer `EHLO` with it. RFC 5321 forbids a server to advertise a capability in its `EHLO` reply and then reject the matching command with 502.
    .when = You see 502 after `VRFY`, `EXPN` or `HELP` on servers that disable them, after `EHLO` on an old server that predates extended SMTP, and in an ODMR session for any command other than `EHLO`, `AUTH`, `ATRN` and `QUIT`.
    .fix = Do not repeat the command on this server. If `EHLO` gets 502, fall back to `HELO`; otherwise use a command from the server's `EHLO` list, or get the information another way.

smtp-503 = Bad Sequence of Commands
    .description = A permanent error: the command is valid but arrived at the wrong point in the session. Examples are `RCPT TO` before `MAIL FROM`, `DATA` before any recipient was accepted, a second `AUTH` after a successful one, `DATA` mixed with `BDAT` in one transaction, and any command other than `QUIT` after a 554 greeting.
    .when = You see 503 when a client skips or repeats a step of the transaction, often because an earlier command failed and the client carried on regardless.
    .fix = Follow the order `EHLO`, then `STARTTLS` and `AUTH` where needed, `MAIL FROM`, `RCPT TO`, and finally `DATA` or `BDAT`, checking each reply before the next command. If an earlier step failed, send `RSET` and start the transaction again.

smtp-504 = Command Parameter Not Implemented
    .description = A permanent error: the command is recognized, but a parameter given with it is not implemented. Its most common use is in reply to `AUTH` with a SASL mechanism the server does not support, which RFC 4954 pairs with `5.5.4`. RFC 5321 also allows it for `VRFY`, `EXPN` and `HELP` and, in rare cases, for `EHLO`.
    .when = You see 504 after `AUTH` names a mechanism the server did not list in its `EHLO` reply, or after a query command with an option the server lacks.
    .fix = Choose an `AUTH` mechanism from the list in the server's `EHLO` reply. If you develop a client, read that list on every connection instead of assuming that a given mechanism is available.

smtp-521 = Host Does Not Accept Mail
    .description = A permanent reply, defined in RFC 7504, from a host that never accepts mail. It takes the place of the 220 greeting, and the server may then answer every later command except `QUIT` with 521 or simply close the connection. RFC 7504 reserves 521 for such hosts and leaves most other refusals to 554.
    .when = You see 521 as the opening reply when a client connects to port 25 on a machine that runs no mail service, typically because a domain without `MX` records falls back to the address of its web server.
    .fix = Stop sending to this host. If you own the domain, publish correct `MX` records or, if the domain takes no mail at all, a null `MX` record (RFC 7505), so that senders learn this before they connect.

smtp-530 = Authentication or TLS Required
    .description = A permanent refusal with two standard meanings, both paired with the enhanced code `5.7.0`. Under RFC 4954 it says “Authentication required”: the server's policy demands `AUTH` before the command. Under RFC 3207 it says “Must issue a STARTTLS command first”: the server accepts the command only on an encrypted connection.
    .when = You see 530 in reply to `MAIL FROM` or almost any other command except `EHLO`, `NOOP` and `QUIT`, typically on a server where clients must use TLS and log in before they send.
    .fix = Read the reply text to see which requirement applies. Configure your mail program or application to use `STARTTLS` and to log in with your account's credentials, then send the message again.

smtp-534 = Authentication Mechanism Too Weak
    .description = A permanent `AUTH` failure (RFC 4954): the mechanism the client chose is weaker than the server's policy allows for this user. The server will accept the user with a stronger mechanism instead. The matching enhanced code is `5.7.9`.
    .when = You see 534 in reply to `AUTH` when the chosen mechanism is one that the server will not accept for that account.
    .fix = Switch your client to a stronger mechanism from the list in the server's `EHLO` reply. If none of the mechanisms your client supports is accepted, ask the server's administrator which one the policy requires.

smtp-535 = Authentication Credentials Invalid
    .description = A permanent `AUTH` failure (RFC 4954): the server rejected the credentials as invalid or insufficient, for example a wrong user name or password. It is the default reply for a failed `AUTH` when no more specific code applies, and it pairs with the enhanced code `5.7.8`.
    .when = You see 535 at the end of an `AUTH` exchange, after the client has sent its user name and password or its answer to the last challenge.
    .fix = Check the user name, which is often the full address such as `alice@example.org`, and the password, then try again. If both are correct, ask the administrator whether the account is locked or is not allowed to send through this server.

smtp-538 = Encryption Required for Mechanism
    .description = A permanent `AUTH` failure: the chosen mechanism may only be used on an encrypted connection. RFC 4954 defines it with the enhanced code `5.7.11` but deprecates it and documents it only for historical purposes, so current servers should not send it.
    .when = You may still meet 538 on old servers, in reply to `AUTH` with a plaintext mechanism such as `AUTH PLAIN` sent before `STARTTLS`.
    .fix = Send `STARTTLS`, repeat `EHLO` and then authenticate. If you run such a server, stop sending 538; RFC 4954 instead expects servers to be configurable so that they offer no plaintext mechanism until TLS is active.

smtp-550 = Mailbox Unavailable
    .description = A permanent refusal: the requested action was not taken because the mailbox is unavailable. RFC 5321 names three causes: the mailbox does not exist, access to it is denied, or the command was rejected for policy reasons, which covers refused relaying and failed spam or sender checks. SMTPUTF8 servers also use 550 when an address or reply needs a form the session cannot carry.
    .when = You see 550 in reply to `RCPT TO` for an unknown or blocked recipient, to `MAIL FROM` or `EHLO` for a refused sender or client, and after the end of the data for a message rejected by content or policy checks.
    .fix = Read the enhanced code and the text: `5.1.1` points to a wrong address, while `5.7.1` and most other `5.7` codes point to a policy refusal such as relaying. Correct the address, or for a policy refusal check that your server is allowed to send this mail and that your `SPF`, `DKIM` and `DMARC` records are in order.

smtp-551 = User Not Local, Try Forward Path
    .description = A permanent refusal in reply to `RCPT TO` or `VRFY`: the user is not local to this server, and the reply text gives the forward path the client should try instead. Unlike with 251, the server does not forward the message itself. Its text is one of the few that clients may parse to find the new address.
    .when = You see 551 in reply to `RCPT TO` when the recipient has moved and the receiving server, rather than forwarding, points you to the new address.
    .fix = Resend the message to the address given in the reply, and update your address book so that future mail goes there directly. If the text shows no new address, contact the recipient by other means.

smtp-552 = Storage Allocation Exceeded
    .description = A permanent refusal: the action was aborted because it exceeded a storage allocation, such as the recipient's mailbox quota or the maximum message size the server declares through the SIZE extension. RFC 5321 adds a rule: when 552 is used to mean “too many recipients”, clients should treat it as temporary, because the correct code for that case is 452.
    .when = You see 552 in reply to `MAIL FROM` when the declared `SIZE` is over the limit, in reply to `RCPT TO` when a mailbox is full, or after the end of the data when the message proved too large.
    .fix = For a size limit, make the message smaller, for example by sharing large attachments as links. For a full mailbox, tell the recipient through another channel. If the text says there are too many recipients, send to the others in a later transaction instead of giving up.

smtp-553 = Mailbox Name Not Allowed
    .description = A permanent refusal: the mailbox name is not allowed. Incorrect address syntax is one example, but RFC 5321 also uses 553 for `VRFY` when a name matches several users (“User ambiguous”), and SMTPUTF8 servers use it when a non-ASCII address cannot be accepted.
    .when = You see 553 in reply to `MAIL FROM` or `RCPT TO` with an address the server refuses to accept as written, and in reply to `VRFY` with an ambiguous name.
    .fix = Check the address character by character, for example `bob.smith@example.org` rather than `bob..smith@example.org`, and use the exact form the recipient gave you. For a non-ASCII address, ask the recipient for an ASCII alternative or send through a server that supports SMTPUTF8. For an ambiguous `VRFY`, give a more specific name.

smtp-554 = Transaction Failed
    .description = A permanent failure of the transaction as a whole. As the opening reply it means “No SMTP service here”; after `DATA` it can mean that no recipient was accepted; after the end of the data it rejects the message; and after an unacceptable TLS negotiation, RFC 3207 uses it to refuse every command except `QUIT`.
    .when = You see 554 most often after the final `<CRLF>.<CRLF>`, when content or policy checks reject the message, and sometimes as the greeting from a server that refuses to talk to your host.
    .fix = Read the enhanced code and the text for the actual reason, then fix that: the content, the reputation of the sending server or its TLS settings. If 554 is the greeting, the server will not accept mail from your host at all; contact its postmaster or deliver through another route.

smtp-555 = Parameters Not Recognized
    .description = A permanent error: the parameters given with `MAIL FROM` or `RCPT TO` are not recognized or not implemented (RFC 5321 §4.1.1.11). The server rejects the whole command rather than ignoring the unknown parameter. The temporary counterpart, for parameters it cannot accommodate at the moment, is 455.
    .when = You see 555 when a client adds an extension parameter, such as `SIZE=` or `BODY=8BITMIME`, that the server did not advertise in its `EHLO` reply.
    .fix = Send only parameters whose extensions appear in the server's `EHLO` reply, and drop the rest. If you develop a client, build `MAIL FROM` and `RCPT TO` from that reply instead of a fixed template.

smtp-556 = Domain Does Not Accept Mail
    .description = A permanent refusal, defined in RFC 7504: the domain of the address does not accept mail at all. An intermediate system such as a relay sends it when it learns, for example from a null `MX` record, that the destination domain takes no mail. It pairs with the enhanced code `5.1.10`.
    .when = You see 556 in reply to `RCPT TO` for an address whose domain publishes a null `MX` record, usually from an intermediate server, such as your provider's outgoing relay, before it attempts delivery.
    .fix = Check the spelling of the recipient's domain. If it is correct, the domain takes no mail and retrying will not help, so ask the recipient for another address.
