## Mã phản hồi SMTP: tiếng Việt.
## Các dữ kiện dựa trên RFC 5321 và các RFC mở rộng được dẫn trong content/smtp/catalog.toml.
## Thuật ngữ theo bảng Glossary ở đầu locales/vi/ui.ftl.

smtp-name = Mã phản hồi SMTP
smtp-intro = Máy chủ SMTP trả lời mỗi lệnh bằng một mã phản hồi ba chữ số, theo sau là một đoạn văn bản dành cho con người. Chữ số đầu tiên cho máy khách biết lệnh đã thành công, cần thêm dữ liệu, tạm thời thất bại hay thất bại hẳn; hai chữ số còn lại thu hẹp nguyên nhân. Danh mục này gồm 38 mã do các RFC thuộc lộ trình tiêu chuẩn định nghĩa, kèm ý nghĩa của từng mã, khi nào nó xuất hiện và cần làm gì.

## Trang so sánh

smtp-guide = Hãy tìm ba chữ số ở đầu phản hồi của máy chủ, trong nhật ký thư hoặc trong thư báo lỗi gửi trả về, rồi đọc dòng dành cho mã đó.
# Mỗi mã một dòng dưới mục "Mã nào áp dụng cho bạn". $code, $name: mã và tên của nó;
# mọi dữ kiện của mã cũng là một biến ($retry, $actor, $class, ...).
smtp-guide-line = { $retry ->
    [continue] Nếu bạn nhận được { $code }, không có gì sai: máy chủ đã sẵn sàng cho phần tiếp theo của yêu cầu, và máy khách sẽ tiếp tục gửi phần đó.
   *[other] { $actor ->
        [nobody] Nếu bạn nhận được { $code }, không có gì trục trặc và không ai cần thay đổi điều gì.
        [client] Nếu bạn nhận được { $code }, hãy xem lại máy khách: nó đã gửi điều mà máy chủ không thể chấp nhận, nên cần thay đổi cấu hình hoặc mã nguồn của nó.
        [sender] Nếu bạn nhận được { $code }, hãy xem lại thư bạn đã gửi: cần sửa một địa chỉ hoặc nội dung trước khi gửi lại.
        [user] Nếu bạn nhận được { $code }, hãy xem lại cách bạn đăng nhập: thông tin xác thực, cơ chế xác thực hoặc việc mã hóa kết nối.
        [admin] Nếu bạn nhận được { $code }, { $retry ->
            [later] hãy chờ: máy khách sẽ thử lại, và nếu phản hồi này vẫn còn, quản trị viên của máy chủ nhận cần kiểm tra.
           *[other] quản trị viên của máy chủ nhận cần xử lý; với tư cách người gửi, hãy liên hệ với họ hoặc dùng đường gửi khác.
        }
       *[recipient] { $retry ->
            [depends] Nếu bạn nhận được { $code }, thư đã chạm một giới hạn ở phía nhận, và nội dung phản hồi cho biết đó là giới hạn nào: nếu thư quá lớn, hãy làm cho thư nhỏ lại; nếu hộp thư đã đầy, hãy báo cho người nhận bằng cách khác; nếu có quá nhiều người nhận, máy khách sẽ gửi cho những người còn lại trong một giao dịch sau.
           *[other] Nếu bạn nhận được { $code }, nguyên nhân nằm ở hộp thư của người nhận: { $retry ->
                [later] máy khách sẽ thử lại sau; nếu phản hồi này vẫn còn, hãy báo cho người nhận bằng cách khác.
               *[other] gửi lại đúng thư đó cũng không giúp được gì, vì vậy hãy báo cho người nhận bằng cách khác.
            }
        }
    }
}

## Dữ kiện. Mỗi dữ kiện có một tên; một dữ kiện dạng lựa chọn có tên cho từng giá trị (kèm
## .about, ý nghĩa của giá trị đó); một dữ kiện được so sánh có các câu dành cho hai mã khác nhau
## ở dữ kiện đó (-differ), giống nhau ở dữ kiện đó (-same), hoặc chỉ một mã có dữ kiện đó (-only).
## Biến: $a, $b, hai mã; $valueA, $valueB, giá trị của chúng (dùng để chọn biến thể); $labelA,
## $labelB, tên của các giá trị; với -same là $value và $label; với -only là $code (mã có dữ
## kiện đó) và $other.

smtp-class = Lớp
smtp-class-2 = 2yz: hoàn tất tích cực
    .about = Máy chủ đã thực hiện yêu cầu; máy khách có thể tiếp tục với lệnh tiếp theo.
smtp-class-3 = 3yz: trung gian tích cực
    .about = Máy chủ đã chấp nhận lệnh và đang chờ máy khách gửi thêm để hoàn tất.
smtp-class-4 = 4yz: hoàn tất tiêu cực tạm thời
    .about = Yêu cầu thất bại lần này, nhưng cùng yêu cầu đó có thể thành công sau; máy khách được kỳ vọng sẽ thử lại.
smtp-class-5 = 5yz: hoàn tất tiêu cực vĩnh viễn
    .about = Yêu cầu thất bại và sẽ lại thất bại nếu được lặp lại mà không thay đổi gì; cần sửa điều gì đó trước.
smtp-class-differ = { $a } bắt đầu bằng { $valueA }, còn { $b } bắt đầu bằng { $valueB }: { $valueA ->
    [2] mã thứ nhất nghĩa là thành công
    [3] mã thứ nhất yêu cầu máy khách gửi thêm
    [4] mã thứ nhất là phản hồi tiêu cực tạm thời
   *[5] mã thứ nhất là lỗi vĩnh viễn
}, { $valueB ->
    [2] mã thứ hai nghĩa là thành công.
    [3] mã thứ hai yêu cầu máy khách gửi thêm.
    [4] mã thứ hai là phản hồi tiêu cực tạm thời.
   *[5] mã thứ hai là lỗi vĩnh viễn.
}
smtp-class-same = Cả hai đều bắt đầu bằng { $value }, nên máy khách xử lý chúng như nhau: { $value ->
    [2] yêu cầu đã thành công và nó tiếp tục.
    [3] nó gửi phần tiếp theo mà máy chủ yêu cầu.
    [4] yêu cầu lần này không thành công, và cùng yêu cầu đó có thể thành công sau.
   *[5] lỗi là vĩnh viễn và yêu cầu phải được thay đổi.
}

smtp-category = Chữ số thứ hai
smtp-category-0 = 0, cú pháp
    .about = Lỗi cú pháp, các lệnh đúng cú pháp nhưng không thuộc nhóm nào khác, và các lệnh chưa được cài đặt hoặc không cần thiết.
smtp-category-1 = 1, thông tin
    .about = Phản hồi cho các yêu cầu thông tin, chẳng hạn trạng thái hoặc trợ giúp.
smtp-category-2 = 2, kết nối
    .about = Phản hồi về chính kênh truyền.
smtp-category-3 = 3, không có nhóm
    .about = RFC 5321 không định nghĩa nhóm nào cho chữ số này, nên nó không cho biết thêm điều gì ngoài bản thân mã.
smtp-category-4 = 4, không có nhóm
    .about = RFC 5321 không định nghĩa nhóm nào cho chữ số này, nên nó không cho biết thêm điều gì ngoài bản thân mã.
smtp-category-5 = 5, hệ thống thư
    .about = Phản hồi về trạng thái của hệ thống thư nhận đối với việc chuyển thư hay thao tác khác được yêu cầu.
smtp-category-differ = Chữ số thứ hai của { $a } là { $valueA }, { $valueA ->
    [0] thuộc nhóm cú pháp
    [1] thuộc nhóm thông tin
    [2] thuộc nhóm kết nối
    [5] thuộc nhóm hệ thống thư
   *[other] không thuộc nhóm nào mà RFC 5321 định nghĩa
}; còn của { $b } là { $valueB }, { $valueB ->
    [0] thuộc nhóm cú pháp.
    [1] thuộc nhóm thông tin.
    [2] thuộc nhóm kết nối.
    [5] thuộc nhóm hệ thống thư.
   *[other] không thuộc nhóm nào mà RFC 5321 định nghĩa.
}
smtp-category-same = Cả hai đều có chữ số thứ hai là { $value }: { $value ->
    [0] chúng cùng thuộc nhóm cú pháp.
    [1] chúng cùng thuộc nhóm thông tin.
    [2] chúng cùng thuộc nhóm kết nối.
    [5] chúng cùng thuộc nhóm hệ thống thư.
   *[other] RFC 5321 không định nghĩa nhóm nào cho chữ số này, nên nó không cho biết thêm điều gì về mã nào trong hai mã.
}

smtp-retry = Thử lại
smtp-retry-success = Không có gì để thử lại: yêu cầu đã thành công.
smtp-retry-continue = Không phải lỗi: máy khách tiếp tục với bước kế tiếp của cùng yêu cầu.
smtp-retry-later = Tạm thời: cùng yêu cầu đó có thể thành công sau, nên máy khách thử lại yêu cầu ấy.
smtp-retry-never = Vĩnh viễn: cùng yêu cầu đó sẽ lại thất bại cho đến khi có điều gì được thay đổi.
smtp-retry-depends = Vĩnh viễn, trừ một ngoại lệ: khi nó có nghĩa là quá nhiều người nhận, máy khách coi đó là lỗi tạm thời.
smtp-retry-differ = { $a }: { $valueA ->
    [success] không có gì để thử lại, yêu cầu đã thành công.
    [continue] không thử lại, máy khách tiếp tục với bước kế tiếp.
    [later] tạm thời, máy khách thử lại cùng yêu cầu đó sau.
    [depends] vĩnh viễn, nhưng được coi là tạm thời khi nó có nghĩa là quá nhiều người nhận.
   *[never] đừng thử lại khi chưa thay đổi gì, nó sẽ lại thất bại.
} { $b }: { $valueB ->
    [success] không có gì để thử lại, yêu cầu đã thành công.
    [continue] không thử lại, máy khách tiếp tục với bước kế tiếp.
    [later] tạm thời, máy khách thử lại cùng yêu cầu đó sau.
    [depends] vĩnh viễn, nhưng được coi là tạm thời khi nó có nghĩa là quá nhiều người nhận.
   *[never] đừng thử lại khi chưa thay đổi gì, nó sẽ lại thất bại.
}
smtp-retry-same = { $value ->
    [success] Không mã nào cần thử lại: cả hai đều báo thành công.
    [continue] Không mã nào cần thử lại: cả hai đều yêu cầu máy khách tiếp tục cùng yêu cầu.
    [later] Cả hai đều mang tính tạm thời: máy khách thử lại cùng yêu cầu đó sau.
    [depends] Thông thường không mã nào được thử lại, trừ trường hợp quá nhiều người nhận mà cả hai đều có.
   *[never] Không nên thử lại mã nào khi chưa thay đổi gì: cả hai sẽ lại thất bại cho đến khi có điều được sửa.
}

smtp-actor = Ai cần hành động
smtp-actor-nobody = Không ai cả: mọi thứ đang hoạt động đúng như mong đợi.
smtp-actor-client = Phần mềm máy khách, hoặc người bảo trì nó.
smtp-actor-sender = Người gửi, bằng cách sửa địa chỉ hoặc nội dung thư.
smtp-actor-user = Người dùng, bằng cách sửa cách họ xác thực.
smtp-actor-admin = Quản trị viên của máy chủ nhận.
smtp-actor-recipient = Người nhận, vì nguyên nhân nằm ở hộp thư của họ.
smtp-actor-differ = Ai xử lý { $a }: { $valueA ->
    [nobody] không ai cả, mọi thứ đang hoạt động đúng như mong đợi.
    [client] phần mềm máy khách hoặc người bảo trì nó.
    [sender] người gửi, bằng cách sửa địa chỉ hoặc nội dung thư.
    [user] người dùng, bằng cách sửa cách họ xác thực.
    [admin] quản trị viên của máy chủ nhận.
   *[recipient] người nhận, vì nguyên nhân nằm ở hộp thư của họ.
} Với { $b }: { $valueB ->
    [nobody] không ai cả, mọi thứ đang hoạt động đúng như mong đợi.
    [client] phần mềm máy khách hoặc người bảo trì nó.
    [sender] người gửi, bằng cách sửa địa chỉ hoặc nội dung thư.
    [user] người dùng, bằng cách sửa cách họ xác thực.
    [admin] quản trị viên của máy chủ nhận.
   *[recipient] người nhận, vì nguyên nhân nằm ở hộp thư của họ.
}
smtp-actor-same = { $value ->
    [nobody] Với cả hai, không ai cần làm gì: mọi thứ đang hoạt động đúng như mong đợi.
    [client] Với cả hai, phần mềm máy khách, hoặc người bảo trì nó, phải thay đổi những gì nó gửi.
    [sender] Với cả hai, người gửi phải sửa địa chỉ hoặc nội dung thư.
    [user] Với cả hai, người dùng phải xử lý cách họ xác thực.
    [admin] Với cả hai, quản trị viên của máy chủ nhận là người có thể khắc phục nguyên nhân.
   *[recipient] Với cả hai, nguyên nhân nằm ở hộp thư của người nhận.
}

smtp-stage = Vị trí xuất hiện
smtp-stage-connect = Mở đầu phiên làm việc
    .about = Phản hồi đầu tiên của máy chủ, khi máy khách kết nối.
smtp-stage-hello = Lời chào
    .about = Phản hồi cho `EHLO` hoặc `HELO` của máy khách.
smtp-stage-tls = Chuyển sang TLS
    .about = Phản hồi cho `STARTTLS`, lệnh yêu cầu máy chủ chuyển kết nối sang TLS.
smtp-stage-auth = Xác thực
    .about = Phản hồi cho `AUTH`, hoặc cho một phản hồi mà máy khách gửi trong cuộc trao đổi đó.
smtp-stage-envelope = Phong bì thư
    .about = Phản hồi cho `MAIL FROM` hoặc `RCPT TO`, khi phong bì thư đang được dựng.
smtp-stage-data = Truyền nội dung thư
    .about = Phản hồi cho `DATA` hoặc `BDAT`, hoặc phản hồi sau khi thư kết thúc bằng `<CRLF>.<CRLF>`.
smtp-stage-query = Truy vấn và quản lý
    .about = Phản hồi cho `VRFY`, `EXPN`, `HELP`, `NOOP` hoặc `RSET`.
smtp-stage-quit = Kết thúc phiên làm việc
    .about = Phản hồi cho `QUIT`.
smtp-stage-queue = Chuyển thư đang được giữ
    .about = Phản hồi cho `ETRN`, lệnh yêu cầu máy chủ bắt đầu chuyển thư mà nó đang giữ cho một máy, hoặc cho `ATRN` trong chuyển tiếp thư theo yêu cầu (ODMR), lệnh yêu cầu máy chủ đảo chiều kết nối và chuyển thư.
smtp-stage-any = Bất kỳ lúc nào
    .about = Không gắn với một bước nào: máy chủ có thể gửi nó vào bất kỳ lúc nào, để trả lời nhiều lệnh khác nhau.
smtp-stage-differ = { $valueA ->
    [connect] { $a } là phản hồi đầu tiên của máy chủ khi máy khách kết nối
    [hello] { $a } là phản hồi cho `EHLO` hoặc `HELO` của máy khách
    [tls] { $a } là phản hồi cho `STARTTLS`
    [auth] { $a } xuất hiện trong quá trình xác thực
    [envelope] { $a } xuất hiện khi phong bì thư đang được dựng, sau `MAIL FROM` hoặc `RCPT TO`
    [data] { $a } xuất hiện khi truyền nội dung thư
    [query] { $a } là phản hồi cho một lệnh truy vấn hoặc quản lý
    [quit] { $a } là phản hồi cho `QUIT`
    [queue] { $a } là phản hồi cho máy khách yêu cầu nhận thư mà máy chủ đang giữ cho nó
   *[any] { $a } có thể đến vào bất kỳ lúc nào trong phiên
}, còn { $valueB ->
    [connect] { $b } là phản hồi đầu tiên của máy chủ khi máy khách kết nối.
    [hello] { $b } là phản hồi cho `EHLO` hoặc `HELO` của máy khách.
    [tls] { $b } là phản hồi cho `STARTTLS`.
    [auth] { $b } xuất hiện trong quá trình xác thực.
    [envelope] { $b } xuất hiện khi phong bì thư đang được dựng, sau `MAIL FROM` hoặc `RCPT TO`.
    [data] { $b } xuất hiện khi truyền nội dung thư.
    [query] { $b } là phản hồi cho một lệnh truy vấn hoặc quản lý.
    [quit] { $b } là phản hồi cho `QUIT`.
    [queue] { $b } là phản hồi cho máy khách yêu cầu nhận thư mà máy chủ đang giữ cho nó.
   *[any] { $b } có thể đến vào bất kỳ lúc nào trong phiên.
}
smtp-stage-same = { $value ->
    [connect] Cả { $a } và { $b } đều xuất hiện ngay đầu phiên làm việc, là phản hồi đầu tiên của máy chủ khi máy khách kết nối.
    [hello] Cả { $a } và { $b } đều là phản hồi cho lời chào `EHLO` hoặc `HELO` của máy khách.
    [tls] Cả { $a } và { $b } đều là phản hồi cho `STARTTLS`, lệnh yêu cầu máy chủ chuyển kết nối sang TLS.
    [auth] Cả { $a } và { $b } đều xuất hiện trong quá trình xác thực, để trả lời `AUTH` hoặc một phản hồi mà máy khách gửi trong cuộc trao đổi đó.
    [envelope] Cả { $a } và { $b } đều xuất hiện khi phong bì thư đang được dựng, để trả lời `MAIL FROM` hoặc `RCPT TO`.
    [data] Cả { $a } và { $b } đều xuất hiện khi truyền nội dung thư, để trả lời `DATA` hoặc `BDAT`, hoặc sau khi thư kết thúc bằng `<CRLF>.<CRLF>`.
    [query] Cả { $a } và { $b } đều là phản hồi cho các lệnh truy vấn và quản lý như `VRFY`, `EXPN`, `HELP`, `NOOP` hoặc `RSET`.
    [quit] Cả { $a } và { $b } đều là phản hồi cho `QUIT` ở cuối phiên làm việc.
    [queue] Cả { $a } và { $b } đều là phản hồi cho yêu cầu chuyển thư mà máy chủ đang giữ cho máy khách, bằng `ETRN` hoặc bằng `ATRN` trong chuyển tiếp thư theo yêu cầu (ODMR).
   *[any] Cả { $a } và { $b } đều có thể đến vào bất kỳ lúc nào trong phiên, để trả lời nhiều lệnh khác nhau.
}

smtp-greeting = Được gửi làm lời chào
    .note = Máy chủ có thể gửi mã này làm phản hồi đầu tiên khi kết nối vừa mở.
smtp-commands = Được trả về cho
smtp-any_command = Có thể trả lời mọi lệnh
    .note = Máy chủ có thể gửi mã này để trả lời bất kỳ lệnh nào khi nó buộc phải từ chối hoặc ngừng hoạt động.
smtp-enhanced = Mã trạng thái mở rộng
    .none = Không có: RFC 2034 chỉ dành mã trạng thái mở rộng cho các phản hồi 2yz, 4yz và 5yz.
smtp-defined_in = Được định nghĩa trong
smtp-related = Thường được so sánh với
smtp-deprecated = Đã lỗi thời
    .note = Mã này chỉ được giữ lại để có thể hiểu các phản hồi cũ; máy chủ mới không nên gửi nó.
smtp-deprecated-only = { $code } đã lỗi thời và chỉ được giữ lại để có thể hiểu các phản hồi cũ; { $other } vẫn đang được dùng.
smtp-transcript = Phiên làm việc mẫu
    .note = Các dòng bắt đầu bằng C: do máy khách gửi, các dòng bắt đầu bằng S: do máy chủ gửi.

## Mỗi mã một thông điệp: tên ngắn, rồi ý nghĩa, khi nào gặp và cần làm gì.

smtp-211 = Trạng thái hệ thống
    .description = Một phản hồi tích cực mang thông tin trạng thái hệ thống hoặc trợ giúp chung. RFC 5321 liệt kê nó, cùng với 214, như một phản hồi cho `HELP`; nội dung của nó cho biết trạng thái của máy chủ chứ không giải thích một lệnh cụ thể. Văn bản này dành cho con người và không có định dạng cố định.
    .when = Bạn gặp 211 khi gửi `HELP` tới những máy chủ trả lời bằng một bản tóm tắt trạng thái thay vì danh sách lệnh.
    .fix = Không có gì sai, nên cũng không có gì cần sửa. Nếu bạn viết script làm việc với máy chủ, đừng phân tích văn bản này, vì RFC 5321 không đặt ra định dạng cố định nào cho nó.

smtp-214 = Thông điệp trợ giúp
    .description = Một phản hồi tích cực cho `HELP`, giải thích cách dùng máy chủ hoặc ý nghĩa của một lệnh không chuẩn. RFC 5321 cho biết văn bản này chỉ hữu ích với người đọc. Máy chủ thường gửi nó dưới dạng phản hồi nhiều dòng, mỗi dòng đều bắt đầu bằng 214.
    .when = Bạn gặp 214 sau khi gửi `HELP`, có hoặc không kèm tên lệnh làm tham số, thường là trong một phiên tương tác mở bằng tay.
    .fix = Hãy đọc văn bản như một gợi ý cho người ngồi trước bàn phím. Phần mềm máy khách nên biết máy chủ hỗ trợ gì qua phản hồi `EHLO`, chứ không qua văn bản trợ giúp vốn không có định dạng xác định.

smtp-220 = Dịch vụ sẵn sàng
    .description = Máy chủ đã sẵn sàng. Khi là phản hồi đầu tiên trên một kết nối mới, 220 bắt đầu bằng tên miền của máy chủ và mời máy khách gửi `EHLO` hoặc `HELO`. Cùng mã này cũng trả lời `STARTTLS` (RFC 3207) với nội dung `Ready to start TLS`, báo cho máy khách bắt đầu bắt tay TLS ngay lập tức. Khi là lời chào, 220 không bao giờ mang mã trạng thái mở rộng (RFC 2034); khi trả lời `STARTTLS`, nó mang một mã như vậy, chẳng hạn `2.0.0`, trên những máy chủ công bố `ENHANCEDSTATUSCODES`.
    .when = Bạn gặp 220 ở dòng đầu tiên sau khi kết nối mở, và một lần nữa khi trả lời `STARTTLS` nếu máy chủ đồng ý chuyển sang TLS.
    .fix = Sau lời chào, hãy gửi `EHLO` kèm tên máy chủ đầy đủ (FQDN) của bạn. Sau khi `STARTTLS` nhận 220, hãy thực hiện bắt tay TLS rồi gửi lại `EHLO`, vì cả hai bên đều bỏ đi những gì đã biết trước khi mã hóa bắt đầu.

smtp-221 = Dịch vụ đang đóng kênh truyền
    .description = Một phản hồi tích cực cho biết máy chủ đang đóng kênh truyền. Nó thường trả lời `QUIT`, và nội dung bắt đầu bằng tên miền của máy chủ. Khi đã gửi nó, máy chủ có thể đóng kết nối, nhờ đó phiên làm việc kết thúc một cách có trật tự.
    .when = Bạn gặp 221 khi trả lời `QUIT` ở cuối phiên, dù trong phiên đó có thư nào được gửi hay không.
    .fix = Đóng kết nối ở phía bạn khi đã nhận được phản hồi. Mọi thư mà máy chủ đã chấp nhận bằng 250 sau phần dữ liệu giờ thuộc trách nhiệm của máy chủ, nên 221 không gây rủi ro cho chúng.

smtp-235 = Xác thực thành công
    .description = Cuộc trao đổi `AUTH` đã xong và máy chủ chấp nhận thông tin xác thực của máy khách (RFC 4954). Từ thời điểm này phiên làm việc đã được xác thực, và máy chủ có thể cho phép những thao tác mà nó từ chối với máy khách ẩn danh, chẳng hạn chuyển tiếp thư cho người dùng. RFC 4954 gợi ý dùng kèm mã mở rộng `2.7.0`.
    .when = Bạn gặp 235 ở cuối một cuộc trao đổi `AUTH` thành công, ngay sau `AUTH` có kèm phản hồi ban đầu hoặc sau câu trả lời của máy khách cho thử thách 334 cuối cùng.
    .fix = Tiếp tục với `MAIL FROM`. Đừng gửi `AUTH` lần thứ hai trong cùng phiên, vì máy chủ bắt buộc phải từ chối nó bằng 503.

smtp-250 = Thao tác yêu cầu đã hoàn tất
    .description = Phản hồi tích cực phổ biến nhất: thao tác được yêu cầu đã được thực hiện. Nó chấp nhận một người gửi, một người nhận hoặc, sau `<CRLF>.<CRLF>` cuối cùng, toàn bộ thư; khi đó máy chủ chịu trách nhiệm chuyển thư đi. Nó cũng trả lời `EHLO` kèm danh sách các phần mở rộng được hỗ trợ, cũng như `RSET`, `NOOP`, `VRFY`, `EXPN`, `BDAT`, `ETRN` và `ATRN`.
    .when = Bạn gặp 250 sau gần như mọi lệnh thành công: `EHLO`, `MAIL FROM`, mỗi `RCPT TO` được chấp nhận, phần kết thúc dữ liệu thư và mỗi khối `BDAT`.
    .fix = Tiếp tục với bước tiếp theo của phiên. Một 250 sau phần kết thúc dữ liệu nghĩa là máy chủ nhận đã nhận trách nhiệm với thư, nên mọi sự cố chuyển thư về sau sẽ đến người gửi dưới dạng thư báo lỗi gửi trả về chứ không phải phản hồi SMTP.

smtp-251 = Người dùng không thuộc máy chủ này, sẽ chuyển tiếp
    .description = Một phản hồi tích cực cho `RCPT TO` hoặc `VRFY`: địa chỉ không được quản lý trên máy chủ này, nhưng máy chủ chấp nhận nó và sẽ chuyển tiếp thư tới địa chỉ được ghi trong nội dung, tức đường chuyển tiếp. Đây là một trong số ít phản hồi mà máy khách được phép phân tích nội dung. Khi trả lời `ETRN`, RFC 1985 gán cho 251 một nghĩa khác: không có thư nào đang chờ cho nút đó.
    .when = Bạn gặp 251 khi một người nhận đã chuyển đi và máy chủ nhận chuyển tiếp thư thay cho họ, hoặc khi `ETRN` không tìm thấy gì trong hàng đợi cho tên miền được nêu.
    .fix = Việc chuyển thư vẫn tiếp diễn, nên hiện bạn không phải làm gì. Nếu bạn có sổ địa chỉ, hãy cập nhật mục đó theo địa chỉ trong phản hồi để thư sau này đến thẳng đó.

smtp-252 = Không thể xác minh người dùng
    .description = Một phản hồi tích cực cho `VRFY` hoặc `EXPN`, cho biết máy chủ sẽ không hoặc không thể xác nhận địa chỉ, nhưng vẫn nhận thư cho địa chỉ đó và thử chuyển đi. Nhiều máy chủ gửi mã này để không tiết lộ những hộp thư nào tồn tại. Máy chủ SMTPUTF8 cũng gửi nó khi câu trả lời cần UTF-8 mà máy khách không cho phép, và RFC 1985 dùng lại 252 cho `ETRN`.
    .when = Bạn gặp 252 sau `VRFY` hoặc `EXPN` trên những máy chủ không tiết lộ người dùng, và sau `ETRN` khi việc chuyển thư đang chờ cho nút đó đã bắt đầu.
    .fix = Đừng coi 252 là bằng chứng cho việc một hộp thư tồn tại hay không tồn tại. Để kiểm tra một địa chỉ, hãy dùng `RCPT TO` trong một giao dịch thật và đọc phản hồi đó, nhớ rằng một số máy chủ chấp nhận mọi địa chỉ ở bước này rồi mới gửi trả các địa chỉ không tồn tại sau.

smtp-253 = Đã bắt đầu gửi các thư đang chờ
    .description = Một phản hồi tích cực cho `ETRN` (RFC 1985): máy chủ đã bắt đầu chuyển các thư nó giữ cho nút được nêu trong yêu cầu, và nội dung cho biết có bao nhiêu thư đang chờ. Mã này chỉ dùng với `ETRN`, lệnh mà một site chỉ kết nối thỉnh thoảng gửi đi để yêu cầu máy chuyển tiếp xả hàng đợi dành cho tên miền của mình.
    .when = Bạn gặp 253 sau khi máy khách gửi `ETRN` kèm tên miền của mình, khi máy chuyển tiếp đang giữ thư cho tên miền đó và bắt đầu chuyển đi.
    .fix = Hãy giữ máy chủ thư của bạn có thể truy cập được, vì máy chuyển tiếp sẽ chuyển các thư trong hàng đợi tới máy chủ của bạn qua các kết nối SMTP thông thường. Phiên đã gửi `ETRN` có thể kết thúc bằng `QUIT`.

smtp-334 = Thử thách của máy chủ
    .description = Một phản hồi trung gian trong cuộc trao đổi `AUTH` (RFC 4954). Nội dung của nó là một thử thách mã hóa BASE64 do cơ chế SASL tạo ra, và máy khách phải trả lời bằng một phản hồi mã hóa BASE64 trên một dòng riêng. Khi cơ chế không có thử thách nào để gửi, nội dung để trống và phản hồi chỉ là 334 theo sau là một dấu cách.
    .when = Bạn gặp 334 ngay sau khi `AUTH` nêu một cơ chế mà không kèm phản hồi ban đầu, và giữa các bước tiếp theo của những cơ chế cần nhiều lượt trao đổi.
    .fix = Giải mã thử thách, tính câu trả lời mà cơ chế yêu cầu và gửi nó dưới dạng mã hóa BASE64. Nếu muốn bỏ cuộc, hãy gửi một dấu `*` duy nhất; khi đó máy chủ kết thúc cuộc trao đổi bằng 501.

smtp-354 = Bắt đầu nhập thư
    .description = Một phản hồi trung gian cho `DATA`: máy chủ đã có ít nhất một người nhận được chấp nhận và giờ chờ chính nội dung thư, gồm phần đầu và phần thân, kết thúc bằng một dòng chỉ có một dấu chấm (`<CRLF>.<CRLF>`). Giao dịch có thành công hay không là do phản hồi sau dòng cuối cùng đó cho biết, chứ không phải 354.
    .when = Bạn gặp 354 ngay sau `DATA`, khi `MAIL FROM` và ít nhất một `RCPT TO` đã được chấp nhận.
    .fix = Gửi thư đi, thêm một dấu chấm vào đầu mỗi dòng vốn bắt đầu bằng dấu chấm, và kết thúc bằng `<CRLF>.<CRLF>`. Sau đó chờ phản hồi cuối cùng, phản hồi này cho biết máy chủ có nhận thư hay không.

smtp-421 = Dịch vụ không khả dụng
    .description = Dịch vụ không khả dụng và máy chủ đang đóng kênh truyền. Nó có thể là phản hồi đầu tiên khi máy chủ từ chối phiên mới, hoặc là câu trả lời cho bất kỳ lệnh nào khi máy chủ biết mình phải ngừng hoạt động. Tình trạng này là tạm thời, và nội dung bắt đầu bằng tên miền của máy chủ.
    .when = Bạn gặp 421 khi kết nối tới một máy chủ đang quá tải, đang khởi động lại hoặc đang giới hạn số kết nối, hoặc giữa chừng một phiên ngay trước khi máy chủ ngắt kết nối.
    .fix = Với tư cách máy khách, hãy giữ thư trong hàng đợi và thử lại sau; một máy chủ thư chuẩn tự làm việc này. Với tư cách quản trị viên máy chủ, hãy tìm nguyên nhân trong nhật ký, chẳng hạn giới hạn kết nối hoặc quá trình tắt máy đang diễn ra.

smtp-432 = Cần chuyển đổi mật khẩu
    .description = Một lỗi tạm thời của `AUTH` (RFC 4954): trước khi cơ chế được yêu cầu có thể dùng cho người dùng này, người dùng phải thực hiện một lần chuyển đổi mật khẩu, thường là xác thực một lần bằng `AUTH PLAIN`. Sau đó, cơ chế đã chọn sẽ thành công trong các phiên sau. Mã mở rộng tương ứng là `4.7.12`.
    .when = Bạn gặp 432 khi trả lời `AUTH` với một cơ chế mà máy chủ chưa thể dùng cho tài khoản này, thường là lần đầu người dùng thử nó.
    .fix = Xác thực một lần bằng `AUTH PLAIN` qua một kết nối được bảo vệ bằng `STARTTLS`, rồi dùng cơ chế bạn muốn ở các phiên sau. Nếu chương trình thư của bạn không làm được điều đó, hãy hỏi quản trị viên máy chủ cách hoàn tất việc chuyển đổi.

smtp-450 = Hộp thư tạm thời không khả dụng
    .description = Máy chủ không thực hiện thao tác được yêu cầu vì hộp thư tạm thời không khả dụng, chẳng hạn đang bận hoặc tạm bị chặn vì lý do chính sách. Đây là bản tạm thời của 550, nên cùng yêu cầu đó có thể thành công sau. RFC 2645 cũng dùng 450 để từ chối một yêu cầu `ATRN`.
    .when = Bạn gặp 450 khi trả lời `RCPT TO`, hoặc sau phần kết thúc dữ liệu thư khi một bước kiểm tra chính sách hoãn thư lại, thường từ những máy chủ giữ lại thư của người gửi mà chúng chưa từng thấy.
    .fix = Để thư trong hàng đợi và thử lại sau; máy chủ thư tự làm việc này, chờ lâu dần giữa các lần thử. Nếu cùng một người nhận cứ trả về 450 trong nhiều ngày, hãy liên hệ quản trị viên thư của tên miền nhận, ví dụ `postmaster@example.org`.

smtp-451 = Lỗi cục bộ khi xử lý
    .description = Máy chủ đã hủy thao tác được yêu cầu vì một lỗi ở phía chính nó, chẳng hạn ghi đĩa thất bại hoặc một lần tra cứu bị quá thời gian. Lỗi này là tạm thời. RFC 5321 cũng yêu cầu máy khách bị mất kết nối giữa một giao dịch hành xử như thể đã nhận 451, và RFC 2645 dùng nó khi một yêu cầu `ATRN` chưa thể xử lý lúc này.
    .when = Bạn gặp 451 khi trả lời `MAIL FROM` hoặc `RCPT TO`, hoặc sau phần kết thúc dữ liệu thư, khi máy chủ nhận gặp sự cố nội bộ.
    .fix = Với tư cách người gửi, hãy giữ thư và thử lại sau, vì vấn đề nằm ở phía nhận. Với tư cách quản trị viên máy chủ nhận, hãy xem nhật ký thư vào thời điểm có phản hồi, vì bản thân nội dung phản hồi hiếm khi nói đủ.

smtp-452 = Không đủ dung lượng lưu trữ
    .description = Máy chủ không thực hiện thao tác được yêu cầu vì tạm thời thiếu dung lượng lưu trữ. RFC 5321 cũng quy định 452 là phản hồi đúng khi máy khách gửi nhiều người nhận hơn số máy chủ nhận trong một giao dịch, trường hợp mà phần mềm cũ từng báo bằng 552. Với phần mở rộng SIZE, nó cho biết một thư có kích thước đã khai báo hiện chưa thể được nhận.
    .when = Bạn gặp 452 khi trả lời `MAIL FROM` lúc đĩa hoặc hàng đợi sắp hết chỗ, khi trả lời một `RCPT TO` vượt giới hạn người nhận của máy chủ, hoặc sau phần kết thúc dữ liệu.
    .fix = Nếu phản hồi đến cho những người nhận vượt mức, hãy gửi thư ngay cho những người đã được chấp nhận và chuyển cho những người còn lại trong một giao dịch sau. Nếu không, hãy thử lại sau; nếu bạn quản lý máy chủ nhận, hãy giải phóng dung lượng đĩa hoặc nâng giới hạn hàng đợi.

smtp-453 = Bạn không có thư
    .description = Một phản hồi cho `ATRN` trong chuyển tiếp thư theo yêu cầu (RFC 2645): máy chủ không giữ thư nào cho các tên miền mà máy khách hỏi, nên vai trò không được đảo và không có gì được chuyển. Dù là mã 4yz, không có gì sai cả. Sổ đăng ký của IANA gắn 453 với một nghĩa không liên quan, `System not accepting network messages`, mà không RFC nào định nghĩa.
    .when = Bạn gặp 453 khi một máy khách ODMR đã xác thực và gửi `ATRN` cho các tên miền của mình, nhưng nhà cung cấp không có gì trong hàng đợi cho chúng.
    .fix = Kết thúc phiên bằng `QUIT` và gửi lại `ATRN` ở lần kết nối theo lịch tiếp theo. Nếu bạn đang chờ thư, hãy kiểm tra với nhà cung cấp rằng máy chủ của họ xếp hàng thư cho đúng những tên miền mà bạn yêu cầu.

smtp-454 = TLS hoặc xác thực tạm thời không khả dụng
    .description = Một lỗi tạm thời với hai cách dùng chuẩn. Khi trả lời `STARTTLS` (RFC 3207), nó nghĩa là hiện không thể cung cấp TLS; khi trả lời `AUTH` (RFC 4954), nó nghĩa là việc xác thực thất bại vì một lý do tạm thời ở phía máy chủ, chẳng hạn không truy cập được kho thông tin xác thực. Trong cả hai trường hợp, cùng yêu cầu đó có thể thành công sau.
    .when = Bạn gặp 454 ngay sau `STARTTLS` khi cấu hình TLS của máy chủ bị hỏng hoặc quá tải, hoặc sau `AUTH` khi máy chủ chưa thể kiểm tra thông tin xác thực vào lúc đó.
    .fix = Hãy thử lại sau, và đừng quay sang gửi thông tin xác thực qua kết nối không mã hóa. Nếu bạn quản lý máy chủ, hãy kiểm tra chứng chỉ TLS và các tệp khóa, hoặc dịch vụ xác thực mà nó dựa vào.

smtp-455 = Không thể đáp ứng tham số
    .description = Hiện máy chủ không thể đáp ứng các tham số đi kèm `MAIL FROM` hoặc `RCPT TO` (RFC 5321 §4.1.1.11). Tình trạng này là tạm thời, nên cùng lệnh đó có thể thành công sau. Khi các tham số hoàn toàn không được nhận diện hoặc không được cài đặt, phản hồi vĩnh viễn 555 được dùng thay thế.
    .when = Bạn gặp 455 sau một `MAIL FROM` hoặc `RCPT TO` mang các tham số mở rộng mà máy chủ không thể đáp ứng cho giao dịch hiện tại.
    .fix = Thử lại giao dịch sau với cùng các tham số. Nếu vẫn thất bại, hãy kiểm tra bạn gửi những tham số nào và phản hồi `EHLO` của máy chủ có còn công bố các phần mở rộng chứa chúng hay không.

smtp-458 = Không thể xếp hàng cho nút
    .description = Một lỗi tạm thời của `ETRN` (RFC 1985): hiện máy chủ không thể bắt đầu xử lý hàng đợi cho nút được nêu trong yêu cầu. Bản thân yêu cầu không có gì sai, và máy khách có thể gửi lại cùng `ETRN` đó sau.
    .when = Bạn gặp 458 sau `ETRN` kèm một tên miền, khi máy chuyển tiếp hiện chưa thể bắt đầu chuyển thư nó đang giữ cho tên miền đó.
    .fix = Gửi lại `ETRN` sau một lúc. Nếu phản hồi không đổi, hãy nhờ quản trị viên máy chuyển tiếp kiểm tra hàng đợi và quá trình chuyển thư cho tên miền của bạn.

smtp-459 = Nút không được phép
    .description = Một phản hồi cho `ETRN` (RFC 1985) cho biết máy chủ sẽ không khởi động việc xử lý hàng đợi cho nút được nêu, với lý do ghi trong nội dung. Một lý do có thể là máy chuyển tiếp hoàn toàn không giữ thư cho tên miền đó. Dù mã thuộc lớp 4yz, lặp lại cùng yêu cầu hiếm khi có ích cho đến khi nguyên nhân được khắc phục.
    .when = Bạn gặp 459 khi `ETRN` nêu một tên miền mà máy chuyển tiếp không giữ thư, hoặc một tên miền mà máy của bạn không được phép yêu cầu.
    .fix = Kiểm tra tên miền sau `ETRN` có đúng hệt tên miền mà máy chuyển tiếp giữ thư hay không. Nếu đúng, hãy đề nghị quản trị viên máy chuyển tiếp cho phép máy của bạn yêu cầu xử lý hàng đợi cho tên miền đó.

smtp-500 = Lệnh không được nhận diện
    .description = Một lỗi cú pháp vĩnh viễn: máy chủ không nhận ra lệnh, hoặc dòng lệnh quá dài. RFC 5321 dành 500 cho những lệnh máy chủ hoàn toàn không biết, còn một lệnh đã biết nhưng chưa được cài đặt thì nhận 502. Trong `AUTH`, RFC 4954 dùng 500 kèm `5.5.6` cho một dòng phản hồi dài hơn mức máy chủ chấp nhận.
    .when = Bạn gặp 500 sau một lệnh gõ sai hoặc không tồn tại, sau một dòng dài hơn mức máy chủ chấp nhận, và khi máy khách nói một giao thức khác, hoặc gửi dữ liệu đã mã hóa, tới một cổng SMTP thường.
    .fix = Kiểm tra cách viết lệnh và độ dài dòng, và chỉ gửi những lệnh mà máy chủ đã liệt kê trong phản hồi `EHLO`. Nếu máy khách của bạn bật TLS ngay khi kết nối, hãy chắc chắn cổng đó chờ điều này, hoặc dùng `STARTTLS` trên một cổng thường.

smtp-501 = Lỗi cú pháp trong tham số hoặc đối số
    .description = Một lỗi vĩnh viễn: lệnh đã được nhận diện, nhưng tham số hoặc đối số của nó sai định dạng. Lệnh nào cũng có thể nhận mã này, chẳng hạn với một địa chỉ viết sai, với đối số cho một lệnh không nhận đối số như `STARTTLS`, hoặc với BASE64 không giải mã được trong `AUTH`. RFC 4954 cũng dùng 501 khi máy khách hủy một cuộc trao đổi `AUTH` bằng `*`.
    .when = Bạn gặp 501 sau `MAIL FROM` hoặc `RCPT TO` có địa chỉ sai định dạng, sau `EHLO` hoặc `HELO` có tên máy không hợp lệ, hoặc sau `STARTTLS` hay `DATA` được gửi kèm đối số.
    .fix = Sửa đối số: đặt địa chỉ trong dấu ngoặc nhọn và không có khoảng trắng, cho `EHLO` một tên miền đầy đủ hoặc một địa chỉ dạng `[192.0.2.10]`, và không gửi đối số cho những lệnh không nhận đối số. Nội dung phản hồi thường nêu phần mà máy chủ đã từ chối.

smtp-502 = Lệnh chưa được cài đặt
    .description = Một lỗi vĩnh viễn: máy chủ nhận ra lệnh nhưng không cài đặt nó. Máy chủ thường trả lời `VRFY`, `EXPN` hoặc `HELP` theo cách này, và chỉ những máy chủ cũ không có SMTP mở rộng mới trả lời `EHLO` như vậy. RFC 5321 cấm máy chủ công bố một khả năng trong phản hồi `EHLO` rồi lại từ chối lệnh tương ứng bằng 502.
    .when = Bạn gặp 502 sau `VRFY`, `EXPN` hoặc `HELP` trên những máy chủ đã tắt chúng, sau `EHLO` trên một máy chủ cũ ra đời trước SMTP mở rộng, và trong một phiên ODMR với mọi lệnh ngoài `EHLO`, `AUTH`, `ATRN` và `QUIT`.
    .fix = Đừng lặp lại lệnh đó trên máy chủ này. Nếu `EHLO` nhận 502, hãy dùng `HELO`; nếu không, hãy dùng một lệnh có trong danh sách `EHLO` của máy chủ, hoặc lấy thông tin bằng cách khác.

smtp-503 = Sai thứ tự lệnh
    .description = Một lỗi vĩnh viễn: lệnh hợp lệ nhưng đến sai thời điểm trong phiên. Ví dụ: `RCPT TO` trước `MAIL FROM`, `DATA` khi chưa có người nhận nào được chấp nhận, một `AUTH` thứ hai sau khi đã xác thực thành công, `DATA` trộn lẫn với `BDAT` trong một giao dịch, và mọi lệnh ngoài `QUIT` sau một lời chào 554.
    .when = Bạn gặp 503 khi máy khách bỏ qua hoặc lặp lại một bước của giao dịch, thường do một lệnh trước đó thất bại mà máy khách vẫn tiếp tục.
    .fix = Làm theo thứ tự `EHLO`, rồi `STARTTLS` và `AUTH` nếu cần, `MAIL FROM`, `RCPT TO`, và cuối cùng là `DATA` hoặc `BDAT`, kiểm tra từng phản hồi trước lệnh tiếp theo. Nếu một bước trước đó thất bại, hãy gửi `RSET` và bắt đầu lại giao dịch.

smtp-504 = Tham số của lệnh chưa được cài đặt
    .description = Một lỗi vĩnh viễn: lệnh đã được nhận diện, nhưng một tham số đi kèm chưa được cài đặt. Trường hợp thường gặp nhất là trả lời `AUTH` với một cơ chế SASL mà máy chủ không hỗ trợ, được RFC 4954 ghép với `5.5.4`. RFC 5321 cũng cho phép dùng nó với `VRFY`, `EXPN` và `HELP`, và trong những trường hợp hiếm, với `EHLO`.
    .when = Bạn gặp 504 sau khi `AUTH` nêu một cơ chế mà máy chủ không liệt kê trong phản hồi `EHLO`, hoặc sau một lệnh truy vấn kèm tùy chọn mà máy chủ không có.
    .fix = Hãy chọn một cơ chế `AUTH` trong danh sách ở phản hồi `EHLO` của máy chủ. Nếu bạn phát triển máy khách, hãy đọc danh sách đó ở mỗi lần kết nối thay vì giả định một cơ chế nào đó luôn có sẵn.

smtp-521 = Máy chủ không nhận thư
    .description = Một phản hồi vĩnh viễn, được định nghĩa trong RFC 7504, từ một máy không bao giờ nhận thư. Nó thay cho lời chào 220, và sau đó máy chủ có thể trả lời mọi lệnh tiếp theo ngoài `QUIT` bằng 521 hoặc đóng kết nối luôn. RFC 7504 dành 521 cho những máy như vậy và để hầu hết các trường hợp từ chối khác cho 554.
    .when = Bạn gặp 521 ở phản hồi đầu tiên khi máy khách kết nối tới cổng 25 của một máy không chạy dịch vụ thư, thường do một tên miền không có bản ghi `MX` rơi về địa chỉ của máy chủ web.
    .fix = Ngừng gửi tới máy này. Nếu bạn sở hữu tên miền, hãy công bố bản ghi `MX` đúng, hoặc nếu tên miền hoàn toàn không nhận thư, một bản ghi `MX` rỗng (RFC 7505), để người gửi biết điều này trước khi kết nối.

smtp-530 = Yêu cầu xác thực hoặc TLS
    .description = Một lời từ chối vĩnh viễn với hai nghĩa chuẩn, cả hai đều đi kèm mã mở rộng `5.7.0`. Theo RFC 4954, nó nói `Authentication required`: chính sách của máy chủ đòi `AUTH` trước lệnh này. Theo RFC 3207, nó nói `Must issue a STARTTLS command first`: máy chủ chỉ nhận lệnh trên một kết nối đã mã hóa.
    .when = Bạn gặp 530 khi trả lời `MAIL FROM` hoặc hầu hết mọi lệnh khác trừ `EHLO`, `NOOP` và `QUIT`, thường trên những máy chủ yêu cầu máy khách dùng TLS và đăng nhập trước khi gửi.
    .fix = Đọc nội dung phản hồi để biết yêu cầu nào đang áp dụng. Cấu hình chương trình thư hoặc ứng dụng của bạn để dùng `STARTTLS` và đăng nhập bằng thông tin tài khoản, rồi gửi lại thư.

smtp-534 = Cơ chế xác thực quá yếu
    .description = Một lỗi `AUTH` vĩnh viễn (RFC 4954): cơ chế máy khách đã chọn yếu hơn mức chính sách của máy chủ cho phép với người dùng này. Máy chủ sẽ chấp nhận người dùng với một cơ chế mạnh hơn. Mã mở rộng tương ứng là `5.7.9`.
    .when = Bạn gặp 534 khi trả lời `AUTH` nếu cơ chế được chọn là cơ chế mà máy chủ không chấp nhận cho tài khoản đó.
    .fix = Chuyển máy khách sang một cơ chế mạnh hơn trong danh sách ở phản hồi `EHLO` của máy chủ. Nếu không cơ chế nào mà máy khách hỗ trợ được chấp nhận, hãy hỏi quản trị viên máy chủ chính sách yêu cầu cơ chế nào.

smtp-535 = Thông tin xác thực không hợp lệ
    .description = Một lỗi `AUTH` vĩnh viễn (RFC 4954): máy chủ từ chối thông tin xác thực vì không hợp lệ hoặc không đủ, chẳng hạn sai tên người dùng hoặc mật khẩu. Đây là phản hồi mặc định cho một lần `AUTH` thất bại khi không có mã cụ thể hơn, và đi kèm mã mở rộng `5.7.8`.
    .when = Bạn gặp 535 ở cuối cuộc trao đổi `AUTH`, sau khi máy khách đã gửi tên người dùng và mật khẩu hoặc câu trả lời cho thử thách cuối cùng.
    .fix = Kiểm tra tên người dùng, thường là địa chỉ đầy đủ như `alice@example.org`, và mật khẩu, rồi thử lại. Nếu cả hai đều đúng, hãy hỏi quản trị viên xem tài khoản có bị khóa hoặc không được phép gửi qua máy chủ này hay không.

smtp-538 = Cơ chế cần mã hóa
    .description = Một lỗi `AUTH` vĩnh viễn: cơ chế được chọn chỉ được dùng trên kết nối đã mã hóa. RFC 4954 định nghĩa nó cùng mã mở rộng `5.7.11` nhưng đã đánh dấu lỗi thời và chỉ ghi lại vì lý do lịch sử, nên các máy chủ hiện nay không nên gửi nó.
    .when = Bạn vẫn có thể gặp 538 trên các máy chủ cũ, khi trả lời `AUTH` với một cơ chế văn bản thuần như `AUTH PLAIN` được gửi trước `STARTTLS`.
    .fix = Gửi `STARTTLS`, gửi lại `EHLO` rồi mới xác thực. Nếu bạn quản lý một máy chủ như vậy, hãy ngừng gửi 538; thay vào đó RFC 4954 muốn máy chủ có thể cấu hình để không đưa ra cơ chế văn bản thuần nào cho đến khi TLS được bật.

smtp-550 = Hộp thư không khả dụng
    .description = Một lời từ chối vĩnh viễn: thao tác được yêu cầu không được thực hiện vì hộp thư không khả dụng. RFC 5321 nêu ba nguyên nhân: hộp thư không tồn tại, quyền truy cập bị từ chối, hoặc lệnh bị từ chối vì lý do chính sách, bao gồm cả việc từ chối chuyển tiếp và không qua được các bước kiểm tra thư rác hay người gửi. Máy chủ SMTPUTF8 cũng dùng 550 khi một địa chỉ hoặc phản hồi cần một dạng mà phiên không truyền được.
    .when = Bạn gặp 550 khi trả lời `RCPT TO` với người nhận không tồn tại hoặc bị chặn, khi trả lời `MAIL FROM` hoặc `EHLO` với người gửi hay máy khách bị từ chối, và sau phần kết thúc dữ liệu với thư bị các bước kiểm tra nội dung hoặc chính sách từ chối.
    .fix = Đọc mã mở rộng và nội dung: `5.1.1` chỉ ra địa chỉ sai, còn `5.7.1` và hầu hết các mã `5.7` khác chỉ ra một lời từ chối do chính sách, chẳng hạn chuyển tiếp. Hãy sửa địa chỉ, hoặc với lời từ chối do chính sách, kiểm tra rằng máy chủ của bạn được phép gửi thư này và các bản ghi `SPF`, `DKIM` và `DMARC` của bạn đều đúng.

smtp-551 = Người dùng không thuộc máy chủ này, hãy thử đường chuyển tiếp
    .description = Một lời từ chối vĩnh viễn khi trả lời `RCPT TO` hoặc `VRFY`: người dùng không thuộc máy chủ này, và nội dung phản hồi cho biết đường chuyển tiếp mà máy khách nên thử thay thế. Khác với 251, máy chủ không tự chuyển tiếp thư. Nội dung của nó là một trong số ít nội dung mà máy khách được phép phân tích để tìm địa chỉ mới.
    .when = Bạn gặp 551 khi trả lời `RCPT TO` nếu người nhận đã chuyển đi và máy chủ nhận, thay vì chuyển tiếp, chỉ cho bạn địa chỉ mới.
    .fix = Gửi lại thư tới địa chỉ có trong phản hồi và cập nhật sổ địa chỉ để thư sau này đến thẳng đó. Nếu nội dung không có địa chỉ mới, hãy liên hệ người nhận bằng cách khác.

smtp-552 = Vượt quá dung lượng được cấp
    .description = Một lời từ chối vĩnh viễn: thao tác bị hủy vì vượt quá một mức dung lượng được cấp, chẳng hạn dung lượng tối đa của hộp thư người nhận hoặc kích thước thư tối đa mà máy chủ công bố qua phần mở rộng SIZE. RFC 5321 thêm một quy tắc: khi 552 được dùng với nghĩa "quá nhiều người nhận", máy khách nên coi nó là tạm thời, vì mã đúng cho trường hợp đó là 452.
    .when = Bạn gặp 552 khi trả lời `MAIL FROM` nếu `SIZE` khai báo vượt giới hạn, khi trả lời `RCPT TO` nếu hộp thư đã đầy, hoặc sau phần kết thúc dữ liệu nếu thư hóa ra quá lớn.
    .fix = Nếu thư vượt giới hạn kích thước, hãy làm thư nhỏ lại, chẳng hạn chia sẻ tệp đính kèm lớn dưới dạng liên kết. Với hộp thư đầy, hãy báo cho người nhận qua kênh khác. Nếu nội dung nói có quá nhiều người nhận, hãy gửi cho những người còn lại trong một giao dịch sau thay vì bỏ cuộc.

smtp-553 = Tên hộp thư không được chấp nhận
    .description = Một lời từ chối vĩnh viễn: tên hộp thư không được chấp nhận. Cú pháp địa chỉ sai là một ví dụ, nhưng RFC 5321 cũng dùng 553 cho `VRFY` khi một cái tên khớp với nhiều người dùng (`User ambiguous`), và máy chủ SMTPUTF8 dùng nó khi không thể nhận một địa chỉ không phải ASCII.
    .when = Bạn gặp 553 khi trả lời `MAIL FROM` hoặc `RCPT TO` có địa chỉ mà máy chủ từ chối nhận ở dạng đã viết, và khi trả lời `VRFY` với một cái tên mơ hồ.
    .fix = Kiểm tra địa chỉ từng ký tự, chẳng hạn `bob.smith@example.org` chứ không phải `bob..smith@example.org`, và dùng đúng dạng mà người nhận đã cho bạn. Với địa chỉ không phải ASCII, hãy xin người nhận một địa chỉ ASCII thay thế hoặc gửi qua một máy chủ hỗ trợ SMTPUTF8. Với `VRFY` mơ hồ, hãy đưa ra một cái tên cụ thể hơn.

smtp-554 = Giao dịch thất bại
    .description = Toàn bộ giao dịch thất bại vĩnh viễn. Khi là phản hồi đầu tiên, nó có nghĩa `No SMTP service here`; sau `DATA` nó có thể nghĩa là không có người nhận nào được chấp nhận; sau phần kết thúc dữ liệu nó từ chối thư; và sau một lần thương lượng TLS không chấp nhận được, RFC 3207 dùng nó để từ chối mọi lệnh ngoài `QUIT`.
    .when = Bạn gặp 554 thường nhất sau `<CRLF>.<CRLF>` cuối cùng, khi các bước kiểm tra nội dung hoặc chính sách từ chối thư, và đôi khi ở lời chào của một máy chủ từ chối giao tiếp với máy của bạn.
    .fix = Đọc mã mở rộng và nội dung để biết lý do thật, rồi khắc phục nó: nội dung thư, uy tín của máy chủ gửi hoặc cấu hình TLS của nó. Nếu 554 là lời chào, máy chủ đó sẽ không nhận thư nào từ máy của bạn; hãy liên hệ quản trị viên thư của họ hoặc gửi qua đường khác.

smtp-555 = Tham số không được nhận diện
    .description = Một lỗi vĩnh viễn: các tham số đi kèm `MAIL FROM` hoặc `RCPT TO` không được nhận diện hoặc không được cài đặt (RFC 5321 §4.1.1.11). Máy chủ từ chối toàn bộ lệnh thay vì bỏ qua tham số lạ. Bản tạm thời, cho những tham số mà máy chủ tạm chưa đáp ứng được, là 455.
    .when = Bạn gặp 555 khi máy khách thêm một tham số mở rộng, chẳng hạn `SIZE=` hoặc `BODY=8BITMIME`, mà máy chủ không công bố trong phản hồi `EHLO`.
    .fix = Chỉ gửi những tham số mà phần mở rộng của chúng có trong phản hồi `EHLO` của máy chủ, và bỏ những tham số còn lại. Nếu bạn phát triển máy khách, hãy dựng `MAIL FROM` và `RCPT TO` từ phản hồi đó thay vì một mẫu cố định.

smtp-556 = Tên miền không nhận thư
    .description = Một lời từ chối vĩnh viễn, được định nghĩa trong RFC 7504: tên miền của địa chỉ hoàn toàn không nhận thư. Một hệ thống trung gian như máy chuyển tiếp gửi mã này khi biết được, chẳng hạn từ một bản ghi `MX` rỗng, rằng tên miền đích không nhận thư. Nó đi kèm mã mở rộng `5.1.10`.
    .when = Bạn gặp 556 khi trả lời `RCPT TO` với một địa chỉ mà tên miền công bố bản ghi `MX` rỗng, thường từ một máy chủ trung gian, như máy chuyển tiếp thư đi của nhà cung cấp, trước khi nó thử chuyển thư.
    .fix = Kiểm tra cách viết tên miền của người nhận. Nếu tên miền đúng, nó không nhận thư và thử lại cũng vô ích, nên hãy xin người nhận một địa chỉ khác.
