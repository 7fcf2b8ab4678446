# Giao diện chung của trang (tiếng Việt): những gì mọi trang đều nói, dù trang thuộc danh mục
# nào. Câu chữ về các mã và dữ kiện của một danh mục nằm trong tệp riêng của danh mục đó
# (locales/<lang>/<catalog>.ftl).
#
# Quy ước cho mọi ngôn ngữ:
# - Đoạn nằm giữa hai dấu backtick là một chuỗi nguyên văn của giao thức (một lệnh, một địa
#   chỉ): nó được hiển thị dưới dạng mã và giữ hướng trái sang phải. Không dịch đoạn này.
# - Các biến như { $a } chứa mã hoặc tên; giữ lại mọi biến của thông điệp tiếng Anh.

# Glossary (bảng thuật ngữ dùng cho tiếng Việt, trong tệp này và trong smtp.ftl)
#   reply code                  mã phản hồi
#   reply                       phản hồi
#   code                        mã
#   protocol code               mã giao thức
#   catalog                     danh mục
#   comparison (page)           so sánh (trang so sánh)
#   side by side                đặt cạnh nhau
#   fact                        dữ kiện
#   specification               đặc tả
#   command                     lệnh
#   client                      máy khách
#   server                      máy chủ
#   receiving server            máy chủ nhận
#   sender                      người gửi
#   recipient                   người nhận
#   user                        người dùng
#   administrator               quản trị viên
#   class (first digit)         lớp
#   category (second digit)     nhóm
#   positive completion         hoàn tất tích cực
#   positive intermediate       trung gian tích cực
#   transient / permanent negative completion
#                               hoàn tất tiêu cực tạm thời / vĩnh viễn
#   transient (temporary) failure   lỗi tạm thời
#   permanent failure           lỗi vĩnh viễn
#   retry                       thử lại
#   enhanced status code        mã trạng thái mở rộng (ngắn gọn: mã mở rộng)
#   envelope                    phong bì thư
#   session                     phiên làm việc (ngắn gọn: phiên)
#   transaction                 giao dịch
#   greeting                    lời chào
#   message (an email)          thư
#   message transfer            truyền nội dung thư
#   mailbox                     hộp thư
#   authentication / credentials    xác thực / thông tin xác thực
#   mechanism                   cơ chế
#   extension                   phần mở rộng
#   implement                   cài đặt
#   relay / forward / forward path  máy chuyển tiếp / chuyển tiếp / đường chuyển tiếp
#   queue                       hàng đợi
#   mail log                    nhật ký thư
#   bounce message              thư báo lỗi gửi trả về
#   deprecated                  đã lỗi thời
#   implementation              bản triển khai

## Giao diện

site-name = Mã giao thức
site-tagline = Ý nghĩa của các mã giao thức, chúng khác nhau thế nào và cần làm gì khi gặp chúng.
skip-link = Chuyển đến nội dung
nav-breadcrumb = Đường dẫn trang
nav-languages = Ngôn ngữ khác
nav-home = Trang chủ
footer-note = Trang này do codesite tạo ra từ các đặc tả được dẫn trên từng trang. Nội dung trong các ví dụ chỉ mang tính minh họa; mỗi bản triển khai diễn đạt theo cách riêng.
# Chuỗi nối các mục của một danh sách bên trong câu ("EHLO, HELO").
list-join = {", "}

## Chọn ngôn ngữ (trang gốc của site)

chooser-choose = Đọc bằng tiếng Việt

## Trang chủ của một ngôn ngữ

home-title = Giải thích các mã giao thức
home-intro = Mỗi mã có trang riêng: ý nghĩa theo đặc tả của nó, khi nào bạn gặp nó và cần làm gì. Bạn có thể đặt hai mã bất kỳ trong cùng một danh mục cạnh nhau để so sánh.
# $count: số mã trong danh mục
home-catalog-count = { $count ->
    [one] { $count } mã
   *[other] { $count } mã
}

## Danh mục mã

# $count: số mã trên trang
catalog-count = Danh mục này mô tả { $count ->
    [one] { $count } mã
   *[other] { $count } mã
}.
# Tiêu đề của nhóm gồm những mã không có giá trị cho dữ kiện dùng để phân nhóm danh mục.
catalog-other = Các mã khác

## Tìm và so sánh, trên trang danh mục. Chỉ hiện khi trình duyệt chạy JavaScript.

find-label = Tìm mã
find-hint = Gõ phần đầu của một mã, hoặc từ có trong tên hay phần mô tả của mã.
# $count: số mã khớp với những gì người đọc đã gõ (ít nhất là 1).
find-count = { $count ->
    [one] Có { $count } mã khớp.
   *[other] Có { $count } mã khớp.
}
find-none = Không có mã nào khớp. Hãy thử bớt chữ hoặc dùng từ khác.
compare-heading = So sánh hai mã
compare-first = Mã thứ nhất
compare-second = Mã thứ hai
compare-go = So sánh
compare-same = Hãy chọn hai mã khác nhau.

## Trang mã

# $label: nhãn của danh mục ("SMTP"); $code: mã; $name: tên ngắn của mã
code-title = { $label } { $code } { $name }
code-facts = Tóm tắt
code-description = Ý nghĩa
code-when = Khi nào bạn gặp
code-fix = Cần làm gì
# Giá trị của một dữ kiện dạng có hoặc không, chẳng hạn "đã lỗi thời": khi dữ kiện đó đúng với mã, và khi không đúng.
code-yes = Có
code-no = Không
# $code: mã này; $count: số mã khác có thể so sánh với nó
code-compare = So sánh { $code } với { $count ->
    [one] mã còn lại
   *[other] một trong { $count } mã còn lại
}

## Trang so sánh

# $label: nhãn của danh mục; $a, $b: hai mã, theo thứ tự trong danh mục; $nameA, $nameB: tên của chúng
pair-title = { $label } { $a } { $nameA } và { $b } { $nameB }
# Mô tả meta của một trang so sánh
pair-summary = { $label } { $a } và { $b } khác nhau thế nào, có điểm gì chung và mã nào áp dụng cho bạn.
pair-differences = Chúng khác nhau thế nào
# Khi hai mã giống nhau ở mọi dữ kiện mà danh mục so sánh.
pair-no-differences = { $a } và { $b } giống nhau ở mọi dữ kiện được so sánh ở đây; phần mô tả của từng mã bên dưới cho thấy chúng khác nhau ra sao.
pair-common = Chúng có gì chung
pair-table = Đặt cạnh nhau
pair-table-fact = Dữ kiện
# Trong bảng đặt cạnh nhau, cho một dữ kiện không áp dụng với một mã.
pair-not-applicable = Không áp dụng
pair-guide = Mã nào áp dụng cho bạn
pair-codes = Chi tiết cả hai mã
pair-related = Các so sánh liên quan
# $a, $b: hai mã; $nameA, $nameB: tên của chúng
pair-link = { $a } { $nameA } và { $b } { $nameB }

## Trang không tìm thấy

notfound-title = Không tìm thấy trang
notfound-text = Không có trang nào ở địa chỉ này. Trang có thể đã được chuyển đi, hoặc liên kết bị gõ sai.
notfound-home = Về trang chủ
