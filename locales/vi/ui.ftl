# Giao diện của trang và các khung câu dùng để dựng trang (tiếng Việt).

## Giao diện

site-name = Mã phản hồi
site-tagline = Ý nghĩa của các mã phản hồi giao thức, chúng khác nhau thế nào và cần làm gì khi gặp chúng.
skip-link = Chuyển đến nội dung
nav-breadcrumb = Đường dẫn trang
nav-languages = Ngôn ngữ khác
nav-home = Trang chủ
footer-note = Trang này do codesite tạo ra từ các RFC được dẫn trên từng trang. Nội dung phản hồi trong ví dụ chỉ mang tính minh họa; mỗi máy chủ diễn đạt theo cách riêng.
footer-about = Cách đọc một phản hồi

## Chọn ngôn ngữ (trang gốc của site)

chooser-choose = Đọc bằng tiếng Việt

## Trang chủ của một ngôn ngữ

home-title = Giải thích các mã phản hồi giao thức
home-intro = Mỗi mã có trang riêng: ý nghĩa theo các RFC, khi nào bạn gặp nó và cần làm gì. Bạn có thể đặt hai mã bất kỳ cạnh nhau để so sánh.
home-catalog-count = { $count ->
   *[other] { $count } mã
}
home-about-title = Bạn mới làm quen với mã phản hồi?
home-about-text = Hãy bắt đầu với một hướng dẫn ngắn về ba chữ số, lỗi tạm thời và lỗi vĩnh viễn, và mã trạng thái mở rộng.

## Danh mục mã

catalog-count = Danh mục này mô tả { $count ->
   *[other] { $count } mã
}, được nhóm theo chữ số đầu tiên.
catalog-class-heading = { $class ->
    [1] 1yz: phản hồi sơ bộ tích cực
    [2] 2yz: hoàn tất tích cực
    [3] 3yz: phản hồi trung gian tích cực
    [4] 4yz: hoàn tất tiêu cực tạm thời
   *[5] 5yz: hoàn tất tiêu cực vĩnh viễn
}
catalog-class-text = { $class ->
    [1] Máy chủ đã chấp nhận lệnh nhưng đang chờ xác nhận trước khi thực hiện.
    [2] Máy chủ đã thực hiện yêu cầu; máy khách có thể tiếp tục với lệnh tiếp theo.
    [3] Máy chủ đã chấp nhận lệnh và đang chờ máy khách gửi thêm để hoàn tất.
    [4] Yêu cầu thất bại lần này, nhưng cùng yêu cầu đó có thể thành công sau; máy khách được kỳ vọng sẽ thử lại.
   *[5] Yêu cầu thất bại và sẽ lại thất bại nếu được lặp lại mà không thay đổi gì; cần sửa điều gì đó trước.
}
catalog-deprecated = đã lỗi thời

## Tìm và so sánh, trên trang danh mục. Chỉ hiện khi trình duyệt chạy JavaScript.

find-label = Tìm mã
find-hint = Gõ chữ số để tìm mã (gõ 55 sẽ ra các mã từ 550 đến 556), hoặc gõ từ có trong tên hay phần mô tả.
find-count = { $count ->
   *[other] Có { $count } mã khớp.
}
find-none = Không có mã nào khớp. Hãy thử bớt chữ hoặc dùng từ khác.
compare-heading = So sánh hai mã
compare-first = Mã thứ nhất
compare-second = Mã thứ hai
compare-go = So sánh
compare-same = Hãy chọn hai mã khác nhau.

## Trang mã

code-title = { $label } { $code } { $name }
code-facts = Tóm tắt
code-class = Lớp
code-category = Chữ số thứ hai
code-defined-in = Được định nghĩa trong
code-returned-by = Được trả về cho
code-on-connect = lời chào của máy chủ, khi kết nối vừa mở
code-any-command = bất kỳ lệnh nào, khi máy chủ buộc phải từ chối hoặc ngừng hoạt động
code-enhanced = Mã trạng thái mở rộng
code-enhanced-none = Không có: RFC 2034 không cho phép mã trạng thái mở rộng trong phản hồi này.
code-retry = Thử lại
retry-summary = { $retry ->
    [none] Không có gì để thử lại: yêu cầu đã thành công.
    [continue] Không phải lỗi: máy khách tiếp tục với bước kế tiếp của cùng yêu cầu.
    [later] Tạm thời: máy khách giữ thư lại và thử lại sau.
    [depends] Vĩnh viễn, trừ một ngoại lệ: khi nó có nghĩa là quá nhiều người nhận, máy khách coi đó là lỗi tạm thời.
   *[never] Vĩnh viễn: cùng yêu cầu đó sẽ lại thất bại cho đến khi có điều gì được thay đổi.
}
code-deprecated = Đã lỗi thời. Mã này chỉ được giữ lại để có thể hiểu các phản hồi cũ; máy chủ mới không nên gửi nó.
code-description = Ý nghĩa
code-when = Khi nào bạn gặp
code-fix = Cần làm gì
code-example = Phiên làm việc mẫu
code-example-note = Các dòng bắt đầu bằng C: do máy khách gửi, các dòng bắt đầu bằng S: do máy chủ gửi.
code-related = Thường được so sánh với
code-compare = So sánh { $code } với { $count ->
   *[other] một trong { $count } mã còn lại
}
code-link = { $code } { $name }

## Trang so sánh

pair-title = { $label } { $a } { $nameA } và { $b } { $nameB }
pair-summary = { $label } { $a } và { $b } khác nhau thế nào: lớp, việc thử lại, vị trí xuất hiện trong phiên làm việc và ai cần hành động.
pair-intro = { $same ->
    [yes] { $a } ({ $nameA }) và { $b } ({ $nameB }) đều là { $classA ->
        [1] phản hồi sơ bộ tích cực
        [2] phản hồi hoàn tất tích cực
        [3] phản hồi trung gian tích cực
        [4] phản hồi hoàn tất tiêu cực tạm thời
       *[5] phản hồi hoàn tất tiêu cực vĩnh viễn
    }, nhưng chúng ứng với những tình huống khác nhau.
   *[no] { $a } ({ $nameA }) là { $classA ->
        [1] một phản hồi sơ bộ tích cực
        [2] một phản hồi hoàn tất tích cực
        [3] một phản hồi trung gian tích cực
        [4] một phản hồi hoàn tất tiêu cực tạm thời
       *[5] một phản hồi hoàn tất tiêu cực vĩnh viễn
    }, còn { $b } ({ $nameB }) là { $classB ->
        [1] một phản hồi sơ bộ tích cực.
        [2] một phản hồi hoàn tất tích cực.
        [3] một phản hồi trung gian tích cực.
        [4] một phản hồi hoàn tất tiêu cực tạm thời.
       *[5] một phản hồi hoàn tất tiêu cực vĩnh viễn.
    }
}
pair-differences = Khác biệt chính
pair-diff-class = { $same ->
    [yes] Cả hai đều bắt đầu bằng { $classA }, nên máy khách xử lý chúng như nhau: { $classA ->
        [1] nó chờ trước khi tiếp tục.
        [2] yêu cầu đã thành công và nó tiếp tục.
        [3] nó gửi phần tiếp theo mà máy chủ yêu cầu.
        [4] lỗi là tạm thời và nó sẽ thử lại.
       *[5] lỗi là vĩnh viễn và yêu cầu phải được thay đổi.
    }
   *[no] { $a } bắt đầu bằng { $classA }, còn { $b } bắt đầu bằng { $classB }: { $classA ->
        [1] mã thứ nhất chỉ yêu cầu máy khách chờ
        [2] mã thứ nhất nghĩa là thành công
        [3] mã thứ nhất yêu cầu máy khách gửi thêm
        [4] mã thứ nhất là lỗi tạm thời
       *[5] mã thứ nhất là lỗi vĩnh viễn
    }, { $classB ->
        [1] mã thứ hai chỉ yêu cầu máy khách chờ.
        [2] mã thứ hai nghĩa là thành công.
        [3] mã thứ hai yêu cầu máy khách gửi thêm.
        [4] mã thứ hai là lỗi tạm thời.
       *[5] mã thứ hai là lỗi vĩnh viễn.
    }
}
pair-diff-retry = { $same ->
    [yes] { $retryA ->
        [none] Không mã nào cần thử lại: cả hai đều báo thành công.
        [continue] Không mã nào cần thử lại: cả hai đều yêu cầu máy khách tiếp tục cùng yêu cầu.
        [later] Cả hai đều được thử lại: máy khách giữ thư trong hàng đợi và thử lại sau.
        [depends] Thông thường không mã nào được thử lại, trừ trường hợp quá nhiều người nhận mà cả hai đều có.
       *[never] Không nên thử lại mã nào khi chưa thay đổi gì: cả hai sẽ lại thất bại cho đến khi có điều được sửa.
    }
   *[no] { $a }: { $retryA ->
        [none] không có gì để thử lại, yêu cầu đã thành công.
        [continue] không thử lại, máy khách tiếp tục với bước kế tiếp.
        [later] máy khách giữ thư lại và thử lại sau.
        [depends] vĩnh viễn, nhưng được coi là tạm thời khi nó có nghĩa là quá nhiều người nhận.
       *[never] đừng thử lại khi chưa thay đổi gì, nó sẽ lại thất bại.
    } { $b }: { $retryB ->
        [none] không có gì để thử lại, yêu cầu đã thành công.
        [continue] không thử lại, máy khách tiếp tục với bước kế tiếp.
        [later] máy khách giữ thư lại và thử lại sau.
        [depends] vĩnh viễn, nhưng được coi là tạm thời khi nó có nghĩa là quá nhiều người nhận.
       *[never] đừng thử lại khi chưa thay đổi gì, nó sẽ lại thất bại.
    }
}
pair-diff-category-same = { $code } có cùng chữ số thứ hai là { $digit }, nên thuộc cùng một nhóm.
pair-diff-actor = { $same ->
    [yes] { $actorA ->
        [none] Với cả hai, không ai cần làm gì: mọi thứ đang hoạt động đúng như mong đợi.
        [client] Với cả hai, phần mềm máy khách, hoặc người bảo trì nó, phải thay đổi những gì nó gửi.
        [sender] Với cả hai, người gửi phải sửa địa chỉ hoặc nội dung thư.
        [user] Với cả hai, người dùng phải xử lý cách họ xác thực.
        [admin] Với cả hai, quản trị viên của máy chủ nhận là người có thể khắc phục nguyên nhân.
       *[recipient] Với cả hai, nguyên nhân nằm ở hộp thư của người nhận.
    }
   *[no] Ai xử lý { $a }: { $actorA ->
        [none] không ai cả, mọi thứ đang hoạt động đúng như mong đợi.
        [client] phần mềm máy khách hoặc người bảo trì nó.
        [sender] người gửi, bằng cách sửa địa chỉ hoặc nội dung thư.
        [user] người dùng, bằng cách sửa cách họ xác thực.
        [admin] quản trị viên của máy chủ nhận.
       *[recipient] người nhận, vì nguyên nhân nằm ở hộp thư của họ.
    } Với { $b }: { $actorB ->
        [none] không ai cả, mọi thứ đang hoạt động đúng như mong đợi.
        [client] phần mềm máy khách hoặc người bảo trì nó.
        [sender] người gửi, bằng cách sửa địa chỉ hoặc nội dung thư.
        [user] người dùng, bằng cách sửa cách họ xác thực.
        [admin] quản trị viên của máy chủ nhận.
       *[recipient] người nhận, vì nguyên nhân nằm ở hộp thư của họ.
    }
}
pair-guide = Mã nào áp dụng cho bạn
pair-guide-intro = Hãy tìm ba chữ số ở đầu phản hồi của máy chủ, trong nhật ký thư hoặc trong thư báo lỗi gửi trả về, rồi đọc dòng dành cho mã đó.
pair-guide-line = { $actor ->
    [none] Nếu bạn nhận được { $code }, mọi thứ đều ổn: { $retry ->
        [continue] máy chủ đang chờ phần tiếp theo của yêu cầu.
       *[other] máy chủ đã làm đúng như được yêu cầu.
    }
    [client] Nếu bạn nhận được { $code }, hãy xem lại máy khách: nó đã gửi điều mà máy chủ không thể chấp nhận, nên cần thay đổi cấu hình hoặc mã nguồn của nó.
    [sender] Nếu bạn nhận được { $code }, hãy xem lại thư bạn đã gửi: cần sửa một địa chỉ hoặc nội dung trước khi gửi lại.
    [user] Nếu bạn nhận được { $code }, hãy xem lại cách bạn đăng nhập: thông tin xác thực, cơ chế xác thực hoặc việc mã hóa kết nối.
    [admin] Nếu bạn nhận được { $code }, { $retry ->
        [later] hãy chờ: máy khách sẽ thử lại, và nếu phản hồi này vẫn còn, quản trị viên của máy chủ nhận cần kiểm tra.
       *[other] quản trị viên của máy chủ nhận cần xử lý; với tư cách người gửi, hãy liên hệ với họ hoặc dùng đường gửi khác.
    }
   *[recipient] Nếu bạn nhận được { $code }, nguyên nhân nằm ở hộp thư của người nhận: hãy báo cho người nhận bằng cách khác, hoặc thử lại sau.
}
pair-codes = Chi tiết cả hai mã
pair-open-code = Trang của { $code }
pair-related = Các so sánh liên quan
pair-link = { $a } { $nameA } và { $b } { $nameB }

## Trang không tìm thấy

notfound-title = Không tìm thấy trang
notfound-text = Không có trang nào ở địa chỉ này. Trang có thể đã được chuyển đi, hoặc liên kết bị gõ sai.
notfound-home = Về trang chủ

## Trang giới thiệu

about-link = Cách đọc một phản hồi
