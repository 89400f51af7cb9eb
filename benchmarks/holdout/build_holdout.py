#!/usr/bin/env python
# ruff: noqa: E501
"""Build the held-out benchmark set (born-digital PDFs the extractor is never tuned on).

Run:  .venv/bin/python benchmarks/holdout/build_holdout.py [--no-docx] [--keep-docx DIR]

Writes into benchmarks/holdout/:
  sipas_opinion_2023.pdf   reportlab/platypus, Liberation Serif: SIPAS opinion table (vertically merged
                           group column, runs over a page break, header repeated), satisfaction table with
                           bold group rows (horizontal rules + frame only), needs table, and Phụ lục 2
                           (text-heavy rows) on landscape pages WITHOUT a repeated header
  city_cchc_2024.pdf       reportlab/platypus, Liberation Sans: contact table (footnote marker in the
                           header) and the indicator appendix (sections I-III, runs over pages, header
                           repeated, horizontal rules only)
  scheme_tasks_2022.pdf    reportlab/platypus, Liberation Serif 12 pt: field ratios 2016-2021, group means,
                           and the task appendix on landscape pages (header repeated, 'Ƣ' artifact)
  lo_ranking_2021.pdf      python-docx -> LibreOffice (soffice --headless --convert-to pdf), the way real
  lo_overdue_2023.pdf      reports are made (Times New Roman / Arial, rendered by LibreOffice with the
  lo_city_2024.pdf         metric-compatible Liberation fonts): unit ranking 2021 with a TỔNG CỘNG row and
                           merged header cells, Phụ lục 4 of seed 000 (multi-paragraph cells, header
                           repeated, rows that LibreOffice itself splits over page breaks), and the city
                           contact table + indicator sections IV-V on a landscape section.  Only rebuilt
                           when soffice is installed; the PDFs are committed (their bytes change on every
                           LibreOffice run: creation date / document id).
and one <name>.expected.json per PDF (same format as samples/*.expected.json; no records).

This generator shares no layout code with samples/build_samples.py on purpose: tables here are laid out
by platypus (reportlab's own Table) or by LibreOffice Writer, so the extractor meets drawing orders,
rule styles, fonts and paddings it was not developed against.

Expected-value rules (same as the contract): header rows with merged cells repeated in every column and
row they span; body cell text NFC, whitespace collapsed, lines / paragraphs of one cell joined with one
space, footnote markers removed, 'ƣ'/'Ƣ' repaired to 'ư'/'Ư'.  A body cell merged vertically over several
rows (the group column of the SIPAS opinion table) is expected in EVERY row it spans, like header cells.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
from dataclasses import dataclass, field
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
LIB = "/usr/share/fonts/truetype/liberation2/"

# =============================================================================================
# facts from the seeds (table cells separated by '¦'; a line with an empty first cell continues the row
# above where the seed's row was split by a page break)
# =============================================================================================

OPINION_2023 = """
Mức độ quan tâm của ND đối với các CS của CQNN.¦1. CS phát triển kinh tế ở địa phương.¦75.45%¦92.96%
¦2. CS khám, chữa bệnh ở địa phương.¦78.07%¦98.14%
¦3. CS giáo dục phổ thông ở địa phương.¦78.89%¦96.27%
¦4. CS nước sinh hoạt ở địa phương.¦78.62%¦98.55%
¦5. CS điện sinh hoạt ở địa phương.¦80.15%¦98.55%
¦6. CS trật tự, an toàn xã hội ở địa phương.¦80.80%¦98.34%
¦7. CS giao thông đường bộ ở địa phương.¦78.98%¦96.89%
¦8. CS an sinh, xã hội ở địa phương.¦79.14%¦97.72%
¦9. CS cải cách hành chính ở địa phương.¦78.49%¦
Kênh thông tin ND đã sử dụng để theo dõi các CS.¦1. Qua loa phát thanh xã.¦37.14%¦18.88%
¦2. Qua họp, sinh hoạt, thông báo tại khu dân cư.¦22.10%¦19.50%
¦3. Qua chính quyền, công chức.¦27.54%¦35.06%
¦4. Qua người thân, bạn bè.¦18.66%¦13.69%
¦5. Qua đài, ti vi, báo chí.¦41.30%¦47.10%
¦6. Qua mạng internet.¦32.79%¦28.01%
¦7. Qua hình thức khác.¦0.36%¦0.00%
Mức độ phù hợp của các hình thức cung cấp thông tin về CS.¦1. Qua loa phát thanh xã.¦73.77%¦
¦2. Qua họp, sinh hoạt, thông báo tại khu dân cư.¦75.86%¦
¦3. Qua chính quyền, công chức.¦75.68%¦
¦4. Qua người thân, bạn bè.¦72.87%¦
¦5. Qua đài, ti vi, báo chí.¦79.31%¦
¦6. Qua mạng internet.¦78.44%¦5.38%
¦7. Qua hình thức khác.¦72.34%¦
Sự tham gia góp ý của ND đối với CS.¦1. Sẽ tham gia, nếu được xin ý kiến theo bất kỳ hình thức nào.¦44.91%¦
¦2. Sẽ tham gia, nếu được xin ý kiến theo hình thức gửi phiếu xin ý kiến đến nhà, cơ quan.¦30.00%¦
¦3. Sẽ tham gia, nếu được xin ý kiến tại cuộc họp cư dân.¦22.73%¦
¦4. Sẽ tham gia, nếu được xin ý kiến theo hình thức trực tuyến.¦4.91%¦
Suy nghĩ của ND về tình trạng công chức phiền hà, sách nhiễu.¦1. Không có công chức nào gây phiền hà, sách nhiễu.¦88.41%¦86.34%
¦2. Có một số công chức gây phiền hà, sách nhiễu.¦10.33%¦12.42%
¦3. Có nhiều công chức gây phiền hà, sách nhiễu.¦1.27%¦1.24%
Suy nghĩ của ND về việc đưa tiền ngoài quy định cho công chức.¦1. Không có ND nào phải đưa tiền ngoài quy định.¦89.67%¦89.65%
¦2. Có một số ND phải đưa tiền ngoài quy định.¦8.88%¦8.90%
¦3. Có nhiều ND phải đưa tiền ngoài quy định.¦1.45%¦1.45%
Mức độ phù hợp của các hình thức giải quyết TTHC.¦1. Hình thức trực tiếp.¦76.08%¦71.16%
¦2. Hình thức trực tuyến toàn trình.¦69.71%¦2.49%
¦3. Hình thức trực tuyến một phần.¦71.70%¦26.35%
Trải nghiệm của ND về việc giải quyết công việc với cơ quan chính quyền.¦1. Có người thân đang/đã đi học phổ thông 3 năm trở lại đây.¦50.54%¦85.71%
¦2. Bản thân/ người thân đã khám, chữa bệnh tại bệnh viện, phòng khám đa khoa tuyến tỉnh, huyện, xã.¦85.35%¦86.10%
¦3. Đã giải quyết TTHC tại TTPVHC của tỉnh, thành phố.¦51.99%¦
¦4. Đã giải quyết TTHC tại BPMC của huyện, quận.¦70.91%¦75.36%
¦5. Đã giải quyết TTHC tại BPMC của xã, phường.¦79.96%¦
¦6. Đã hỏi chính quyền, công chức về CS, TTHC.¦65.21%¦
¦7. Đã nêu ý kiến đánh giá với chính quyền về kết quả thực hiện CS, kết quả giải quyết TTHC.¦47.73%¦
"""

SATISFACTION_2023 = """
<b>I. VIỆC XÂY DỰNG, TỔ CHỨC THỰC HIỆN CS</b>¦<b>81.52%</b>¦<b>76.53%</b>
<b>A. Trách nhiệm giải trình của chính quyền về CS</b>¦<b>80.70%</b>¦<b>78.30%</b>
1. Chính quyền cung cấp, giải thích thông tin CS theo nhiều hình thức, dễ tìm, dễ thấy.¦80.40%¦78.09%
2. Chính quyền cung cấp thông tin CS đầy đủ, dễ hiểu ND.¦81.01%¦78.51%
<b>B. Sự tham gia của ND vào quá trình xây dựng, tổ chức thực hiện CS</b>¦<b>80.52%</b>¦<b>77.68%</b>
3. Chính quyền tổ chức nhiều hình thức để ND dễ dàng tham gia ý kiến xây dựng CS.¦80.14%¦77.06%
4. Chính quyền tổ chức nhiều hình thức để ND dễ dàng phản hồi ý kiến đánh giá tình hình triển khai và kết quả, tác động của CS ở địa phương.¦80.90%¦78.30%
<b>C. Chất lượng tổ chức thực hiện CS (năm 2023)</b>¦<b>81.64%</b>¦<b>76.08%</b>
<b>C. Chất lượng CS (năm 2022)</b>¦¦
5. Chính quyền tổ chức thực hiện tốt CS phát triển kinh tế ở địa phương¦81.37%¦
6. Chính quyền tổ chức thực hiện tốt CS khám chữa bệnh ở địa phương¦81.77%¦
7. Chính quyền tổ chức thực hiện tốt CS giáo dục phổ thông ở địa phương.¦82.59%¦
8. Chính quyền tổ chức thực hiện tốt CS trật tự, an toàn xã hội ở địa phương.¦82.85%¦
9. Chính quyền tổ chức thực hiện tốt CS giao thông đường bộ ở địa phương.¦82.05%¦
10. Chính quyền tổ chức thực hiện tốt CS điện sinh hoạt ở địa phương.¦80.83%¦
11. Chính quyền tổ chức thực hiện tốt CS nước sinh hoạt ở địa phương.¦80.65%¦
12. Chính quyền tổ chức thực hiện tốt CS an sinh xã hội ở địa phương.¦81.77%¦
13. Chính quyền tổ chức thực hiện tốt CS cải cách hành chính ở địa phương.¦80.90%¦
<b>D. Kết quả, tác động của CS</b>¦<b>81.77%</b>¦<b>74.06%</b>
14. Kinh tế gia đình của ND địa phương tốt hơn.¦80.65%¦73.33%
15. Kinh tế - xã hội của địa phương tốt hơn.¦80.97%¦
16. Bệnh viện công lập ở địa phương khám chữa bệnh cho ND tốt hơn.¦81.12%¦
17. Trường phổ thông công lập dạy học sinh tốt hơn.¦82.20%¦
18. Trật tự, an toàn xã hội ở địa phương tốt hơn.¦82.38%¦
19. Đường bộ, giao thông ở địa phương tốt hơn.¦82.09%¦
20. Điện sinh hoạt của ND ở địa phương tốt hơn.¦82.74%¦
21. Nước sinh hoạt của ND ở địa phương tốt hơn.¦81.44%¦
22. An sinh xã hội đối với ND ở địa phương tốt hơn.¦81.95%¦
23. COHCNN, CBCCVC ở địa phương có năng lực và thực thi công vụ tốt hơn.¦82.20%¦
CS đã góp phần giúp cho chất lượng cuộc sống của ND địa phương ngày càng tốt hơn¦¦74.78%
<b>II. VIỆC CUNG ỨNG DVHCC</b>¦<b>81.82%</b>¦<b>83.31%</b>
<b>E. Tiếp cận dịch vụ</b>¦<b>81.89%</b>¦<b>80.67%</b>
24. BPMC có biển hiệu, hướng dẫn rõ ràng, dễ tìm, dễ thấy.¦81.69%¦81.61%
25. BPMC có đủ ghế ngồi chờ, ghế ngồi giải quyết công việc và bàn viết cho ND.¦82.20%¦
26. BPMC có trang thiết bị phục vụ ND đầy đủ, chất lượng tốt, giúp giải quyết công việc dễ dàng hơn.¦81.77%¦80.16%
Cơ quan cung cấp thông tin về việc giải quyết TTHC theo nhiều hình thức, dễ tiếp cận, dễ hiểu đối với mọi ND¦¦78.92%
Trụ sở cơ quan tiếp nhận hồ sơ, trả kết quả sạch sẽ, văn minh¦¦81.98%
<b>G. TTHC</b>¦<b>81.74%</b>¦<b>80.01%</b>
27. Quy định TTHC được niêm yết công khai tại BPMC để thấy, dễ đọc.¦81.80%¦82.44%
28. Công chức yêu cầu ND nộp hồ sơ TTHC đúng quy định.¦81.73%¦80.16%
"""

NEEDS_2023 = """
Nâng cao tinh thần, thái độ phục vụ của CBCCVC đối với ND trong giải quyết công việc cho ND.¦46.47%¦Nâng cao hơn nữa sự quan tâm của cơ quan chính quyền đối với nhu cầu, mong đợi của ND¦34.78%
Tăng cường cơ sở vật chất, trang thiết bị phục vụ giải quyết công việc cho người ND.¦44.85%¦Nâng cao hơn nữa chất lượng các CS quan trọng đối với đời sống của ND¦34.37%
Nâng cao năng lực của CBCCVC trong giải quyết công việc cho ND.¦44.67%¦Nâng cao hơn nữa thái độ phục vụ của CBCCVC đối với ND¦32.92%
Nâng cao chất lượng tiếp nhận, giải quyết ý kiến góp ý, phản ánh, kiến nghị của ND¦44.12%¦Tăng cường ứng dụng công nghệ thông tin, chuyển đổi số trong giải quyết công việc cho ND¦32.30%
Tăng cường trách nhiệm giải trình của chính quyền đối với ND.¦44.10%¦Nâng cao hơn nữa chất lượng DVHCC (việc giải quyết TTHC).¦31.88%
Tăng cường ứng dụng công nghệ thông tin, chuyển đổi số trong giải quyết công việc cho ND.¦43.94%¦Nâng cao hơn nữa năng lực của CBCCVC trong giải quyết công việc cho ND¦31.68%
Nâng cao hiệu lực, hiệu quả hoạt động của chính quyền địa phương.¦43.01%¦Nâng cao hơn nữa chất lượng tiếp nhận, giải quyết ý kiến góp ý, phản ánh, kiến nghị của ND¦31.47%
Nâng cao chất lượng cung ứng dịch vụ công trực tuyến để tạo điều kiện thuận lợi, dễ dàng cho ND trong thực hiện dịch vụ công trực tuyến.¦41.77%¦Nâng cao hơn nữa hiệu lực, hiệu quả hoạt động của bộ máy cơ quan chính quyền¦31.26%
Mở rộng các cơ hội tham gia giám sát của ND đối với hoạt động của chính quyền.¦41.74%¦Nâng cao hơn nữa chất lượng cung cấp thông tin cho ND¦30.42%
Nâng cao tính công khai, minh bạch trong cung cấp thông tin cho ND.¦41.23%¦Nâng cao hơn nữa chất lượng trụ sở, trang thiết bị phục vụ giải quyết công việc cho người ND¦25.31%
"""

PL2_2023 = """
1¦Quyết định số 53/QĐ-UBND ngày 09/01/2023 về việc công bố TTHC mới ban hành lĩnh vực Điện thuộc thẩm quyền giải quyết của Sở Công Thương.¦03 TTHC¦Trễ hạn hơn 03 tháng so với Quyết định số 1831/QĐ-BCT ngày 12/9/2022 của Bộ trưởng Bộ Công Thương.¦¦UBND tỉnh không nhận được Quyết định của Bộ Công Thương; đồng thời, Sở Công Thương chưa chủ động theo dõi kịp thời các Quyết định công bố của bộ chủ quản để tham mưu thực hiện nhiệm vụ này theo ý kiến chỉ đạo của Chủ tịch UBND tỉnh tại Công văn số 87/UBND-TTHC ngày 13/01/2023 về việc đơn đốc thực hiện và duy trì chỉ số về công bố, công khai TTHC theo Quyết định 766/QĐ-TTg của Thủ tướng Chính phủ.
2¦Quyết định số 407/QĐ-UBND ngày 28/02/2023 về việc công bố TTHC mới ban hành lĩnh vực Hóa chất thuộc thẩm quyền giải quyết của Sở Công Thương.¦09 TTHC¦Trễ hạn gần 03 tháng so với Quyết định số 2544/QĐ-BCT ngày 28/11/2022 của Bộ trưởng Bộ Công Thương.¦Sở Công Thương¦
3¦Quyết định số 957/QĐ-UBND ngày 20/4/2023 về việc công bố TTHC mới ban hành lĩnh vực Quản lý cạnh tranh thuộc thẩm quyền giải quyết của Sở Công Thương.¦05 TTHC¦Trễ hạn hơn 01 tháng so với Quyết định số 608/QĐ-BCT ngày 09/3/2023 của Bộ trưởng Bộ Công Thương.¦¦
4¦Quyết định số 989/QĐ-UBND ngày 21/4/2023 về việc công bố TTHC sửa đổi, bổ sung lĩnh vực giáo dục và đào tạo thuộc hệ thống giáo dục quốc dân áp dụng tại cấp huyện trên địa bàn tỉnh.¦04 TTHC¦Trễ hạn 38 ngày so với Quyết định số 711/QĐ-BGDĐT ngày 13/3/2023 của Bộ trưởng Bộ Giáo dục và Đào tạo.¦Sở Giáo dục và Đào tạo¦Bộ Giáo dục và Đào tạo ban hành Quyết định ngày 13/3/2023 nhưng đến ngày 21/3/2023 UBND tỉnh mới nhận được văn bản trên Hệ thống quản lý văn bản điều hành. Việc trình công bố trễ hạn do Văn phòng UBND tỉnh tham mưu xin ý kiến Lãnh đạo UBND tỉnh không kịp thời và Sở Giáo dục và Đào tạo trình công bố TTHC trễ hạn.
5¦Quyết định số 2131/QĐ-UBND ngày 24/8/2023 về việc công bố TTHC sửa đổi, bổ sung lĩnh vực giáo dục và đào tạo thuộc hệ thống giáo dục quốc dân thuộc thẩm quyền giải quyết và phạm vi quản lý của Sở Giáo dục và Đào tạo.¦01 TTHC¦Trễ hạn hơn 05 tháng so với Quyết định số 711/QĐ-BGDĐT ngày 13/3/2023 của Bộ trưởng Bộ Giáo dục và Đào tạo.¦Sở Giáo dục và Đào tạo¦Theo yêu cầu của Đoàn kiểm tra Văn phòng Chính phủ.
6¦Quyết định số 208/QĐ-UBND ngày 03/02/2023 về việc công bố TTHC mới ban hành thuộc thẩm quyền giải quyết¦05 TTHC¦Trễ hạn hơn 03 tháng so với Quyết định số 1336/QĐ-BGTVT ngày 11/10/2022 của Bộ trưởng Bộ¦Sở Giao thông vận tải¦UBND tỉnh không nhận được Quyết định của Bộ Giao thông vận tải; đồng thời, Sở Giao thông vận
¦của Sở Giao thông vận tải.¦¦Giao thông vận tải.¦¦tải chưa chủ động theo dõi kịp thời các Quyết định công bố của bộ chủ quản để tham mưu thực hiện nhiệm vụ này theo ý kiến chỉ đạo của Chủ tịch UBND tỉnh tại Công văn số 87/UBND-TTHC ngày 13/01/2023.
7¦Quyết định số 2471/QĐ-UBND ngày 09/10/2023 về việc công bố TTHC sửa đổi, bổ sung lĩnh vực Đường thủy nội địa thuộc thẩm quyền giải quyết của Sở Giao thông vận tải.¦02 TTHC¦Trễ hạn gần 02 tháng so với Quyết định số 995/QĐ-BGTVT ngày 10/8/2023 của Bộ trưởng Bộ Giao thông vận tải.¦¦
8¦Quyết định số 1636/QĐ-UBND ngày 06/7/2023 về việc công bố TTHC mới ban hành trong lĩnh vực Hoạt động khoa học và công nghệ thuộc thẩm quyền giải quyết và phạm vi quản lý của Sở Khoa học và Công nghệ.¦03 TTHC¦Trễ hạn hơn 20 ngày so với Quyết định số 1202/QĐ-BKHCN ngày 09/6/2023 của Bộ trưởng Bộ Khoa học và Công nghệ.¦Sở Khoa học và Công nghệ¦UBND tỉnh không nhận được Quyết định của Bộ Khoa học và Công nghệ; đồng thời, Sở Khoa học và Công nghệ chưa chủ động theo dõi kịp thời các Quyết định công bố của bộ chủ quản để tham mưu thực hiện nhiệm vụ này theo ý kiến chỉ đạo của Chủ tịch UBND tỉnh tại Công văn số 87/UBND-TTHC ngày 13/01/2023.
9¦Quyết định số 1171/QĐ-UBND ngày 16/5/2023 về việc công bố TTHC mới ban hành lĩnh vực Bảo trợ xã hội áp dụng¦04 TTHC¦Trễ hạn hơn 02 tháng so với Quyết định số 406/QĐ-LĐTBXH ngày 04/3/2023 của Bộ trưởng Bộ¦Sở Lao động – Thương binh và Xã hội¦Đơn vị trình Chủ tịch UBND tỉnh công bố TTHC trễ hạn so với thời gian được giao theo Công văn thông báo ý
¦tại cấp xã trên địa bàn tỉnh.¦¦Lao động – Thương binh và Xã hội.¦¦kiến của Lãnh đạo UBND tỉnh.
10¦Quyết định số 1452/QĐ-UBND ngày 15/6/2023 về việc công bố TTHC sửa đổi, bổ sung về lĩnh vực Người có công thuộc thẩm quyền giải quyết và phạm vi quản lý của Sở Lao động – Thương binh và Xã hội áp dụng tại cấp tỉnh, cấp xã trên địa bàn tỉnh¦02 TTHC¦Trễ hạn hơn 01 tháng so với Quyết định số 627/QĐ-LĐTBXH ngày 12/5/2023 của Bộ trưởng Lao động – Thương binh và Xã hội.¦¦
11¦Quyết định số 1002/QĐ-UBND ngày 21/4/2023 về việc công bố TTHC sửa đổi, bổ sung lĩnh vực Bảo trợ xã hội áp dụng tại cấp huyện trên địa bàn tỉnh.¦01 TTHC¦Trễ hạn hơn 01 tháng so với Quyết định số 292/QĐ-LĐTBXH ngày 16/3/2023 của Bộ trưởng Bộ Lao động – Thương binh và Xã hội.¦¦
12¦Quyết định số 781/QĐ-UBND ngày 03/4/2023 về việc công bố TTHC mới ban hành lĩnh vực Thủy lợi áp dụng tại cấp huyện trên địa bàn tỉnh.¦01 TTHC¦Trễ hạn hơn 01 tháng so với Quyết định số 554/QĐ-BNN-TY ngày 13/02/2023 của Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn.¦Sở Nông nghiệp và Phát triển nông thôn¦Đơn vị trình Chủ tịch UBND tỉnh công bố TTHC trễ hạn so với thời gian được giao theo Công văn thông báo ý kiến của Lãnh đạo UBND tỉnh.
13¦Quyết định số 782/QĐ-UBND ngày 03/4/2023 về việc công bố TTHC mới ban¦01 TTHC¦¦¦
¦hành lĩnh vực Thủy lợi áp dụng tại cấp xã trên địa bàn tỉnh.¦¦¦¦
14¦Quyết định số 783/QĐ-UBND ngày 03/4/2023 về việc công bố TTHC mới ban hành, TTHC được sửa đổi, bổ sung thuộc thẩm quyền giải quyết và phạm vi quản lý của Sở Nông nghiệp và Phát triển nông thôn.¦10 TTHC¦¦¦
15¦Quyết định số 1776/QĐ-UBND ngày 20/7/2023 về việc công bố TTHC mới ban hành lĩnh vực Hải quan thuộc thẩm quyền giải quyết của Sở Xây dựng.¦01 TTHC¦Trễ hạn hơn 20 ngày so với Quyết định số 1338/QĐ-BTC ngày 23/6/2023 của Bộ trưởng Bộ Tài chính.¦Sở Tài chính¦UBND tỉnh không nhận được Quyết định của Bộ Tài chính; đồng thời, Sở Tài chính chưa chủ động theo dõi kịp thời các Quyết định công bố của bộ chủ quản để tham mưu thực hiện nhiệm vụ này theo ý kiến chỉ đạo của Chủ tịch UBND tỉnh tại Công văn số 87/UBND-TTHC ngày 13/01/2023.
16¦Quyết định 1466/QĐ-UBND ngày 19/6/2023 về việc công bố TTHC được sửa đổi, bổ sung về¦01 TTHC¦Trễ hạn hơn 01 tháng so với Quyết định số 1236/QĐ-BTNMT ngày 12/5/2023 của¦Sở Tài nguyên và Môi trường¦Đơn vị trình Chủ tịch UBND tỉnh công bố TTHC trễ hạn so với thời gian được giao theo Công
¦Khai thác và sử dụng thông tin, dữ liệu tài nguyên và môi trường thuộc phạm vi quản lý của Sở Tài nguyên và Môi trường.¦¦Bộ trưởng Bộ Tài nguyên và Môi trường.¦¦văn thông báo ý kiến của Lãnh đạo UBND tỉnh.
17¦Quyết định số 201/QĐ-UBND ngày 02/02/2023 về việc công bố TTHC sửa đổi, bổ sung lĩnh vực Xuất bản, In và Phát hành thuộc thẩm quyền giải quyết của Sở Thông tin và Truyền thông.¦02 TTHC¦Trễ hạn 01 tháng so với Quyết định số 2511/QĐ-BTTTT ngày 31/12/2022 của Bộ trưởng Bộ Thông tin và Truyền thông.¦Sở Thông tin và Truyền thông¦UBND tỉnh không nhận được Quyết định của Bộ Thông tin và Truyền thông; đồng thời, Sở Thông tin và Truyền thông chưa chủ động theo dõi kịp thời các Quyết định công bố của bộ chủ quản để tham mưu thực hiện nhiệm vụ này theo ý kiến chỉ đạo của Chủ tịch UBND tỉnh tại Công văn số 87/UBND-TTHC ngày 13/01/2023.
18¦Quyết định số 2090/QĐ-UBND ngày 21/8/2023 về việc công bố TTHC được sửa đổi, bổ sung lĩnh vực Phát thanh, truyền hình và Thông tin điện tử thuộc thẩm quyền giải quyết của Sở Thông tin và Truyền thông.¦01 TTHC¦Trễ hạn hơn 20 ngày so với Quyết định số 1369/QĐ-BTTTT ngày 25/7/2023 của Bộ trưởng Bộ Thông tin và Truyền thông.¦¦
19¦Quyết định số 228/QĐ-UBND ngày 08/02/2023 về việc công bố TTHC sửa đổi, bổ sung lĩnh vực Hộ tịch thuộc phạm vi quản lý của Sở Tư pháp và áp dụng tại cấp huyện, cấp xã trên địa bàn tỉnh.¦01 TTHC¦Trễ hạn hơn 02 tháng ngày so với Quyết định số 2228/QĐ-BTP ngày 14/11/2022 của Bộ trưởng Bộ Tư pháp.¦Sở Tư pháp¦UBND tỉnh không nhận được Quyết định của Bộ Tư pháp; đồng thời, Sở Tư pháp chưa chủ động theo dõi kịp thời các Quyết định công bố của bộ chủ quản để tham mưu thực hiện
20¦Quyết định số 229/QĐ-UBND ngày 08/02/2023 về việc công bố TTHC sửa đổi, bổ sung lĩnh vực Hộ tịch thuộc phạm vi quản lý của Sở Tư pháp và áp dụng tại cấp huyện trên địa bàn tỉnh.¦01 TTHC¦¦¦nhiệm vụ này theo ý kiến chỉ đạo của Chủ tịch UBND tỉnh tại Công văn số 87/UBND-TTHC ngày 13/01/2023.
21¦Quyết định số 230/QĐ-UBND ngày 08/02/2023 về việc công bố TTHC sửa đổi, bổ sung lĩnh vực Hộ tịch áp dụng tại cấp xã trên địa bàn tỉnh.¦16 TTHC¦¦¦
22¦Quyết định số 231/QĐ-UBND ngày 08/02/2023 về việc công bố TTHC sửa đổi, bổ sung lĩnh vực Hộ tịch áp dụng tại cấp huyện trên địa bàn tỉnh.¦15 TTHC¦¦¦
23¦Quyết định số 799/QĐ-UBND ngày 04/4/2023 về việc công bố TTHC mới ban hành, TTHC sửa đổi, bổ sung lĩnh vực Văn hóa thuộc thẩm quyền giải quyết và phạm vi quản lý của Sở Văn hóa, Thể thao và Du lịch.¦05 TTHC¦Trễ hạn 03 tháng so với Quyết định số 3684/QĐ-BVHTTDL ngày 27/12/2022 của Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch.¦Sở Văn hóa, Thể thao và Du lịch¦UBND tỉnh không nhận được Quyết định của Bộ Văn hóa, Thể thao và Du lịch; đồng thời, Sở Văn hóa, Thể thao và Du lịch chưa chủ động theo dõi kịp thời các Quyết định công bố của bộ chủ quản để
24¦Quyết định số 1878/QĐ-UBND ngày 01/8/2023 về việc công bố TTHC mới ban hành lĩnh vực Thể dục, thể thao thuộc phạm vi quản lý của Sở Văn hóa, Thể thao và Du lịch.¦03 TTHC¦Trễ hạn 07 tháng so với Quyết định số 3684/QĐ-BVHTTDL ngày 27/12/2022 của Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch.¦¦tham mưu thực hiện nhiệm vụ này theo ý kiến chỉ đạo của Chủ tịch UBND tỉnh tại Công văn số 87/UBND-TTHC ngày 13/01/2023.
25¦Quyết định số 1825/QĐ-UBND ngày 26/7/2023 về việc công bố TTHC mới ban hành lĩnh vực Thí nghiệm chuyên ngành xây dựng thuộc thẩm quyền giải quyết của Sở Xây dựng.¦04 TTHC¦Trễ hạn 18 ngày so với Quyết định số 133/QĐ-BXD ngày 03/3/2023 của Bộ trưởng Bộ Xây dựng.¦Sở Xây dựng¦UBND tỉnh không nhận được Quyết định của Bộ Xây dựng; đồng thời, Sở Xây dựng chưa chủ động theo dõi kịp thời các Quyết định công bố của bộ chủ quản để tham mưu thực hiện nhiệm vụ này theo ý kiến chỉ đạo của Chủ tịch UBND tỉnh tại Công văn số 87/UBND-TTHC ngày 13/01/2023.
26¦Quyết định số 1987/QĐ-UBND ngày 11/8/2023 về việc công bố TTHC được sửa đổi, bổ sung trong lĩnh vực Nhà ở thuộc thẩm quyền giải quyết của Sở Xây dựng.¦01 TTHC¦Trễ hạn 18 ngày so với Quyết định số 758/QĐ-BXD ngày 20/7/2023 của Bộ trưởng Bộ Xây dựng.¦¦
"""

PL4_2023 = """
1.¦Sở Y tế trễ hạn 01 hồ sơ lĩnh vực Dược phẩm.¦Hồ sơ trễ hạn do khách hàng nộp trực tuyến trên Hệ thống, công chức liên hệ khách hàng không được, hồ sơ bị treo trên Hệ thống.¦
2.¦Sở Kế hoạch và Đầu tư trễ hạn 04 hồ sơ lĩnh vực Đầu tư tại Việt Nam.¦Thực tế hồ sơ đã giải quyết và trả doanh nghiệp đúng hạn nhưng do đơn vị chậm kết thúc hồ sơ trên Hệ thống, không gây phiền hà đến doanh nghiệp.¦
3.¦Sở Giao thông vận tải trễ hạn 01 hồ sơ lĩnh vực đường bộ.¦Thực tế hồ sơ đã giải quyết và trả người dân trước hạn nhưng do đơn vị chậm kết thúc hồ sơ trên Hệ thống, không gây phiền hà đến người dân.¦
4.¦Sở Nông nghiệp và Phát triển nông thôn trễ hạn 02 hồ sơ, bao gồm: + 01 hồ sơ Lĩnh vực Thú y. + 01 hồ sơ Lĩnh vực Quản lý chất lượng Nông lâm sản và Thủy sản.¦Thực tế hồ sơ đã giải quyết và trả người dân đúng hạn nhưng do đơn vị chậm kết thúc hồ sơ trên Hệ thống, không gây phiền hà đến người dân.¦
5.¦Sở Công Thương trễ hạn 01 hồ sơ lĩnh vực Xúc tiến Thương mại.¦Thực tế hồ sơ đã giải quyết đúng hạn nhưng do hệ thống bị lỗi đường truyền Internet, nên chưa thao tác kịp thời trên Hệ thống. Đơn vị đã thực hiện nghiêm túc việc xin lỗi doanh nghiệp theo quy định.¦01 văn bản xin lỗi.
6.¦Sở Lao động – Thương binh và Xã hội trễ hạn 12 hồ sơ, bao gồm: + 10 hồ sơ lĩnh vực Bảo hiểm xã hội. + 02 hồ sơ lĩnh vực Người có công.¦- 11 hồ sơ thực tế đã giải quyết và trả người dân đúng hạn nhưng do đơn vị chậm kết thúc hồ sơ trên Hệ thống, không gây phiền hà đến người dân. - 01 hồ sơ trễ hạn do người dân nhiều lần không thực hiện việc khám giám định, đơn vị đã chủ động liên hệ và giới thiệu, việc bổ sung hồ sơ của người dân bị chậm trễ.¦
7.¦Sở Tài nguyên và Môi trường trễ hạn 01 hồ sơ lĩnh vực Đăng ký biện pháp bảo đảm.¦Thực tế hồ sơ đã giải quyết và trả doanh nghiệp đúng hạn nhưng do đơn vị chậm kết thúc hồ sơ trên Hệ thống, không gây phiền hà đến doanh nghiệp.¦
8.¦Sở Xây dựng trễ hạn 01 hồ sơ lĩnh vực Hoạt động xây dựng.¦Thực tế hồ sơ đã giải quyết và trả người dân đúng hạn nhưng do đơn vị chậm kết thúc hồ sơ trên Hệ thống, không gây phiền hà đến người dân.¦
9.¦Sở Tư Pháp trễ hạn 08 hồ sơ, bao gồm: + 07 hồ sơ lĩnh vực Lý lịch tư pháp. + 01 hồ sơ lĩnh vực Hộ tịch.¦- 03 hồ sơ trễ hạn của lĩnh vực Lý lịch tư pháp do đợi kết quả xác minh về án tích từ Trung tâm Lý lịch tư pháp quốc gia, đơn vị đã thực hiện nghiêm túc việc xin lỗi người dân theo quy định. - 04 hồ sơ lĩnh vực Lý lịch tư pháp và 01 hồ sơ lĩnh vực Hộ tịch trễ hạn do hồ sơ cùng thời điểm phát sinh hồ sơ nhiều, phần mềm đôi lúc bị lỗi nên duyệt trễ trên hệ thống, thực tế các hồ sơ đã giải quyết và trả kết quả đúng hạn, không gây phiền hà đến người dân.¦03 văn bản xin lỗi.
10.¦Ban Quản lý các Khu công nghiệp tỉnh trễ hạn 01 hồ sơ lĩnh vực Đầu tư tại Việt Nam.¦Thực tế hồ sơ đã giải quyết và trả doanh nghiệp đúng hạn nhưng do đơn vị chậm kết thúc hồ sơ trên Hệ thống, không gây phiền hà đến doanh nghiệp.¦
11.¦UBND huyện Long Phú trễ hạn 01 hồ sơ lĩnh vực Đất đai.¦Hồ sơ trễ hạn thực tế đơn vị đã thực hiện nghiêm túc việc xin lỗi người dân theo quy định.¦01 văn bản xin lỗi.
12.¦UBND huyện Châu Thành trễ hạn 75 hồ sơ, cụ thể: - Đối với 39 hồ sơ cấp huyện:¦Thực tế 75 hồ sơ đã giải quyết đúng hạn nhưng do đường truyền mạng không ổn định nên hồ sơ xử lý trễ¦
¦<ul style="list-style-type: none"> <li>+ 05 hồ sơ lĩnh vực Đất đai.</li> <li>+ 01 hồ sơ lĩnh vực Hộ tịch.</li> <li>+ 20 hồ sơ lĩnh vực Đăng ký biện pháp bảo đảm.</li> <li>+ 01 hồ sơ lĩnh vực Tài nguyên nước.</li> <li>+ 03 hồ sơ lĩnh vực Thành lập và hoạt động doanh nghiệp (hộ kinh doanh).</li> <li>+ 01 hồ sơ lĩnh vực Thành lập và hoạt động hợp tác xã.</li> <li>+ 01 hồ sơ lĩnh vực Môi trường.</li> <li>+ 02 hồ sơ lĩnh vực Hoạt động xây dựng.</li> <li>+ 04 hồ sơ lĩnh vực Giáo dục và Đào tạo thuộc hệ thống giáo dục quốc dân.</li> <li>+ 01 hồ sơ lĩnh vực Kinh doanh khí.</li> <li>- Đối với 36 hồ sơ cấp xã: (UBND xã An Ninh; UBND xã An Hiệp; UBND xã Thuận Hòa; UBND xã Thiện Mỹ)</li> <li>+ 05 hồ sơ lĩnh vực Hộ tịch.</li> <li>+ 31 hồ sơ lĩnh vực Chứng thực.</li> </ul>¦<p>hạn trên Hệ thống, hồ sơ đã giải quyết và trả người dân đúng hạn, không gây phiền hà đến người dân.</p>¦
13.¦<p>UBND huyện Thạnh Trị trễ hạn 154 hồ sơ, cụ thể:</p> <ul style="list-style-type: none"> <li>- Đối với 07 hồ sơ cấp huyện:</li> <li>+ 02 hồ sơ lĩnh vực Hộ tịch.</li> <li>+ 05 hồ sơ lĩnh vực Đất đai.</li> <li>- Đối với 147 hồ sơ cấp xã: (UBND xã Châu Hưng; UBND xã Tuân Tức; UBND xã Lâm Tân; UBND thị trấn Hưng Lợi)</li> <li>+ 52 hồ sơ lĩnh vực Chứng thực.</li> <li>+ 95 hồ sơ lĩnh vực Hộ tịch</li> </ul>¦<ul style="list-style-type: none"> <li>- 07 hồ sơ cấp huyện, thực tế các hồ sơ đã giải quyết đúng hạn nhưng do đường truyền mạng không ổn định nên hồ sơ xử lý trễ hạn trên Hệ thống, không gây phiền hà đến người dân.</li> <li>- 147 hồ sơ cấp xã, thực tế các hồ sơ đã giải quyết đúng hạn nhưng do đường truyền mạng không ổn định, phần mềm bị lỗi, hồ sơ trực tuyến không hiện thị, công chức kiểm tra hồ sơ chưa kịp thời nên hồ sơ xử lý trễ hạn trên Hệ thống, không gây phiền hà đến người dân.</li> </ul>¦
14.¦<p>UBND huyện Kế Sách trễ hạn 101 hồ sơ, cụ thể:</p> <ul style="list-style-type: none"> <li>- Đối với 19 hồ sơ cấp huyện:</li> <li>+ 06 hồ sơ lĩnh vực Hộ tịch.</li> <li>+ 06 hồ sơ lĩnh vực Đất đai.</li> </ul>¦<ul style="list-style-type: none"> <li>- Đối với 19 hồ sơ cấp huyện:</li> <li>+ 11 hồ sơ do công chức chậm thao tác kết thúc hồ sơ trên Hệ thống.</li> </ul>¦
¦<p>+ 06 hồ sơ lĩnh vực Đăng ký biện pháp bảo đảm.  + 01 hồ sơ lĩnh vực Đường thủy.  - Đối với 82 hồ sơ cấp xã: (UBND thị trấn Kế Sách; UBND thị trấn An Lạc Thôn; UBND xã An Lạc Tây; UBND xã Phòng Năm; UBND xã An Mỹ; UBND xã Kế Thành; UBND xã Kế An; UBND xã Ba Trinh; UBND xã Trinh Phú; UBND xã Thới An Hội)  + 24 hồ sơ lĩnh vực Hộ tịch.  + 58 hồ sơ lĩnh vực Chứng thực.</p>¦<p>+ 08 hồ sơ do chờ người dân bổ sung hồ sơ, đơn vị đang phối hợp với quản trị Hệ thống theo dõi để xử lý lỗi cập nhật giao diện bổ sung thông tin cá nhân người nộp để hoàn thiện xử lý hồ sơ.  Thực tế hồ sơ đã giải quyết đúng hạn và kết quả giải quyết trả người dân đúng hạn, không gây phiền hà đến người dân.  - Đối với 82 hồ sơ cấp xã, hồ sơ do công chức chậm thao tác kết thúc hồ sơ trên Hệ thống, một số hồ sơ nộp bị trùng trên Hệ thống, dẫn đến chuyên viên xử lý không kiểm soát việc kết thúc hồ sơ kịp thời; thực tế hồ sơ đã giải quyết đúng hạn và kết quả giải quyết trả người dân đúng hạn, không gây phiền hà đến người dân.  UBND huyện đã ban hành Công văn số 414/UBND-VP ngày 22/6/2023 để chấn chỉnh công tác tiếp nhận, xử lý và trả kết quả hồ sơ TTHC tại bộ phận Một cửa và trên Hệ thống thông tin giải quyết TTHC.</p>¦
15.¦<p>UBND huyện Trần Đề trễ hạn 589 hồ sơ, cụ thể:  - Đối với hồ sơ cấp huyện 343 hồ sơ:  + 222 hồ sơ lĩnh vực Đăng ký biện pháp bảo đảm.  + 54 hồ sơ lĩnh vực Đất đai.  + 01 hồ sơ lĩnh vực Tài nguyên nước.  + 02 hồ sơ lĩnh vực Hoạt động xây dựng.  + 04 hồ sơ lĩnh vực Hộ tịch.  + 39 hồ sơ Bảo trợ xã hội.  + 21 hồ sơ lĩnh vực Thành lập và phát triển doanh nghiệp.  - Đối với hồ sơ cấp xã 246 hồ sơ: (UBND xã Thạnh Thới Thuận; UBND xã Thạnh Thới An; UBND xã Tài Văn; UBND xã Viên An; UBND xã Liêu Tú; UBND xã Trung</p>¦<p>- Đối với 343 hồ sơ cấp huyện:  + 342 hồ sơ cấp huyện trễ hạn do công chức chậm kết thúc hồ sơ trên Hệ thống, kết quả giải quyết trả người dân đúng hạn, không gây phiền hà đến người dân.  + 01 hồ sơ trễ hạn thực tế do Trang thiết bị hư hỏng nên không chỉnh lý hồ sơ lĩnh vực đất đai kịp thời, đơn vị đã thực hiện nghiêm túc việc xin lỗi người dân theo quy định.  - Đối với 246 hồ sơ cấp xã:  + 235 hồ sơ cấp xã trễ hạn do công chức chậm thao tác kết thúc hồ sơ trên Hệ thống, tài khoản xử lý thay đổi và hệ thống bị lỗi đường truyền Internet, thực tế kết quả giải quyết trả người dân đúng hạn, không gây phiền hà đến người dân.</p>¦12 văn bản xin lỗi.
¦<p>Bình; UBND xã Lịch Hội Thượng; UBND thị trấn Trần Đề; UBND thị trấn Lịch Hội Thượng)</p> <p>+ 113 hồ sơ lĩnh vực Hộ tịch.</p> <p>+ 132 hồ sơ lĩnh vực Chứng thực.</p> <p>+ 01 hồ sơ lĩnh vực Đất đai.</p>¦<p>+ 11 hồ sơ trễ hạn thực tế do công chức phụ trách xử lý không kịp thời, các đơn vị đã thực hiện nghiêm túc việc xin lỗi người dân theo quy định.</p>¦
16.¦<p>UBND thị xã Ngã Năm trễ hạn 19 hồ sơ, cụ thể:</p> <p>- Đối với 15 hồ sơ cấp huyện:</p> <p>+ 07 hồ sơ lĩnh vực Đăng ký biện pháp bảo đảm.</p> <p>+ 05 lĩnh vực Đất đai.</p> <p>+ 01 hồ sơ lĩnh vực Đường thủy nội địa.</p> <p>+ 01 hồ sơ lĩnh vực Thành lập và hoạt động doanh nghiệp (hộ kinh doanh).</p> <p>+ 01 hồ sơ lĩnh vực Thi đua khen thưởng.</p> <p>- Đối với 04 hồ sơ cấp xã lĩnh vực Hộ tịch (UBND phường 1; UBND xã Long Bình; UBND xã Mỹ Quới; UBND xã Mỹ Bình)</p>¦<p>- 04 hồ sơ đã giải quyết đúng hạn nhưng do đơn vị chưa thao tác kịp thời trên Hệ thống, thực tế kết quả giải quyết trả người dân đúng hạn, không gây phiền hà đến người dân.</p> <p>- 15 hồ sơ do thao tác trên Hệ thống chưa đúng quy trình và lỗi kỹ thuật nên xử lý không kịp thời, đơn vị đã thực hiện nghiêm túc việc xin lỗi người dân theo quy định.</p>¦15 văn bản xin lỗi.
17.¦<p>UBND thành phố Sóc Trăng trễ hạn 30 hồ sơ, cụ thể:</p> <p>- Đối với 17 hồ sơ cấp huyện:</p> <p>+ 01 hồ sơ lĩnh vực Hộ tịch.</p> <p>+ 02 hồ sơ lĩnh vực Đất đai.</p> <p>+ 01 hồ sơ lĩnh vực Môi trường.</p> <p>+ 13 hồ sơ cấp huyện lĩnh vực Đăng ký biện pháp bảo đảm.</p> <p>- Đối với hồ sơ cấp phường: (UBND phường 1; UBND phường 5; UBND phường 10) 13 hồ sơ lĩnh vực Hộ tịch.</p>¦<p>+ 15 hồ sơ do đường truyền Internet gặp sự cố, công chức không xử lý kịp thời và hồ sơ cần xác minh thêm, nên xử lý không kịp thời, đơn vị đã thực hiện nghiêm túc việc xin lỗi người dân theo quy định.</p> <p>+ 15 hồ sơ đã giải quyết đúng hạn nhưng do đơn vị chưa thao tác kịp thời trên Hệ thống, thực tế kết quả giải quyết trả người dân đúng hạn, không gây phiền hà đến người dân.</p>¦15 văn bản xin lỗi.
18.¦<p>UBND thị xã Vĩnh Châu trễ hạn 62 hồ sơ, cụ thể:</p> <p>- Đối với 34 hồ sơ cấp huyện:</p> <p>+ 12 hồ sơ lĩnh vực Đăng ký biện pháp bảo đảm.</p> <p>+ 19 hồ sơ lĩnh vực Đất đai.</p>¦<p>Đối với 33 hồ sơ cấp huyện:</p> <p>- 01 hồ sơ do công chức tiếp nhận và kiểm tra hồ sơ còn sai sót, đơn vị đã thực hiện nghiêm túc việc xin lỗi người dân theo quy định.</p>¦02 văn bản xin lỗi.
¦<p>+ 02 hồ sơ lĩnh vực Thành lập và hoạt động doanh nghiệp (hộ kinh doanh).</p> <p>+ 01 hồ sơ lĩnh vực Thi đua khen thưởng.</p> <p>- Đối với 28 hồ sơ cấp xã: (UBND phường 2; UBND phường Khánh Hòa; phường Vĩnh Phước; UBND xã Vĩnh Hải; UBND xã Vĩnh Hiệp; UBND xã Vĩnh Tân; UBND xã Lai Hòa)</p> <p>+ 04 hồ sơ lĩnh vực Hộ tịch.</p> <p>+ 21 hồ sơ lĩnh vực Chứng thực.</p> <p>+ 03 hồ sơ lĩnh vực Đất đai.</p>¦<p>- 33 hồ sơ đã giải quyết đúng hạn nhưng do đơn vị chưa thao tác kịp thời trên Hệ thống, người dân bổ sung hồ sơ trễ, không thực hiện nghĩa vụ tài chính, thực tế kết quả giải quyết trả người dân đúng hạn, không gây phiền hà đến người dân.</p> <p>Đối với 28 hồ sơ cấp xã:</p> <p>- 01 hồ sơ do công chức tiếp nhận và kiểm tra hồ sơ còn sai sót, đơn vị đã thực hiện nghiêm túc việc xin lỗi người dân theo quy định.</p> <p>- 27 hồ sơ do đơn vị chưa thao tác kịp thời trên Hệ thống, hồ sơ bị lỗi, không hiện thị trên Hệ thống và sự cố về điện của cơ quan, thực tế kết quả giải quyết trả người dân đúng hạn, không gây phiền hà đến người dân.</p>¦
19.¦<p>UBND huyện Cù Lao Dung trễ hạn 117 hồ sơ, cụ thể:</p> <p>- Đối với 53 hồ sơ cấp huyện:</p> <p>+ 01 hồ sơ lĩnh vực Chứng thực.</p> <p>+ 02 hồ sơ lĩnh vực Hộ tịch.</p> <p>+ 22 hồ sơ lĩnh vực Đất đai.</p> <p>+ 06 hồ sơ lĩnh vực Thành lập và hoạt động doanh nghiệp (hộ kinh doanh).</p> <p>+ 22 hồ sơ lĩnh vực Đăng ký biện pháp bảo đảm.</p> <p>- Đối với 64 hồ sơ cấp xã: (UBND xã An Thạnh 1; UBND xã An Thạnh Nam; UBND xã An Thạnh Đông; UBND xã Đại Ân 1)</p> <p>+ 30 hồ sơ lĩnh vực Chứng thực.</p> <p>+ 32 hồ sơ lĩnh vực Hộ tịch.</p> <p>+ 02 hồ sơ lĩnh vực Tiếp công dân.</p>¦<p>Đối với 117 hồ sơ trễ hạn đã trả đúng hạn cho người dân nhưng do lỗi trong khâu xử lý trên phần mềm Hệ thống của công chức một cửa, thực tế kết quả giải quyết trả người dân đúng hạn, không gây phiền hà đến người dân.</p>¦
20.¦<p>UBND huyện Mỹ Tú trễ hạn 50 hồ sơ:</p> <p>- Đối với 30 hồ sơ cấp huyện:</p>¦<p>Đối với 50 hồ sơ do công chức chậm thao tác kết thúc hồ sơ trên Hệ thống, đường truyền gặp sự cố lỗi kỹ thuật; thực tế hồ sơ đã giải quyết đúng hạn và kết quả</p>¦
<p>+ 15 hồ sơ lĩnh vực Đăng ký biện pháp bảo đảm. + 14 hồ sơ lĩnh vực Đất đai. + 01 hồ sơ lĩnh vực Hộ tịch. - Đối với 20 hồ sơ cấp xã: (UBND xã Mỹ Tú; UBND xã Mỹ Phước; UBND xã Hưng Phú; UBND xã Phú Mỹ; UBND xã Mỹ Thuận) + 14 hồ sơ lĩnh vực Chứng thực. + 06 hồ sơ lĩnh vực Hộ tịch.</p>¦<p>giải quyết trả người dân đúng hạn, không gây phiền hà đến người dân.</p>¦
"""

CITY_I_III = """
I¦Công tác chỉ đạo điều hành CCHC¦¦¦
1¦Tỷ lệ hoàn thành Kế hoạch CCHC năm (Lũy kế đến thời điểm báo cáo)¦%¦84¦Kế hoạch số 08/KH-UBND ngày 17/01/2024 thực hiện cải cách hành chính năm 2024
¦Số nhiệm vụ đề ra trong kế hoạch¦¦25¦
¦Số nhiệm vụ đã hoàn thành¦Nhiệm vụ¦21¦
¦Số văn bản chỉ đạo CCHC đã ban hành¦Văn bản¦3¦
2¦Kiểm tra CCHC¦¦¦Kế hoạch số 28/KH-UBND ngày 26/02/2024 Kiểm tra công tác CCHC, phân cấp quản lý nhà nước và thực thi công vụ năm 2024
¦Số phòng ban đã kiểm tra¦Cơ quan, đơn vị¦0¦
¦Số đơn vị trực thuộc đã kiểm tra¦Cơ quan, đơn vị¦0¦
¦Số UBND cấp xã đã kiểm tra¦Cơ quan, đơn vị¦0¦
¦Số vấn đề phát hiện qua kiểm tra¦Vấn đề¦0¦
¦Số vấn đề phát hiện đã xử lý xong¦Vấn đề¦0¦
3¦Tuyên truyền CCHC¦¦¦Kế hoạch số 27/KH-UBND ngày 26/02/2024 Tuyên truyền CCHC năm 2024
¦Tỷ lệ thực hiện nhiệm vụ tuyên truyền theo kế hoạch¦%¦100¦
¦Số lượng tin, bài viết, phóng sự gửi và duyệt đăng tại Chuyên trang CCHC tỉnh (https://cchc.soctrang.gov.vn/)¦Tin, bài¦9¦
¦Số lượng tin, bài viết, phóng sự đã đăng tại Chuyên mục CCHC trên Trang Thông tin điện tử của đơn vị¦Tin, bài¦22 bài viết¦
¦Có thực hiện tuyên truyền CCHC thường xuyên thông qua phương tiện truyền thông (báo, đài, website, zalo, ...)¦Tin, bài¦¦
¦Có thực hiện tuyên truyền CCHC thường xuyên thông qua các cuộc họp, hội nghị, hội thi, hội diễn, ...¦Có = 1 Không = 0¦1¦
4¦Thực hiện nhiệm vụ UBND tỉnh giao¦¦¦
¦Tổng số nhiệm vụ được giao¦Nhiệm vụ¦12¦
¦Số nhiệm vụ đã hoàn thành đúng hạn¦Nhiệm vụ¦12¦
¦Số nhiệm vụ đã hoàn thành nhưng quá hạn¦Nhiệm vụ¦0¦
5¦Có sáng kiến, giải pháp mới về CCHC¦Không = 0; Có = 1¦1¦
6¦Thực hiện khen thưởng về kết quả CCHC¦Không = 0; Có = 1¦1¦
7¦Khảo sát sự hài lòng của người dân, tổ chức¦¦¦
¦Số lượng phiếu khảo sát¦Số lượng¦986¦
¦Hình thức khảo sát¦Trực tuyến = 0 Phát phiếu = 1 Kết hợp = 2¦0¦
¦Tỷ lệ hài lòng trong kỳ báo cáo¦%¦100¦
6¦Tổ chức đối thoại của lãnh đạo với người dân, doanh nghiệp¦Có = 1 Không = 0¦0¦
7¦Việc chấp hành Chỉ thị 10 của Chủ tịch UBND tỉnh và Chỉ thị 10, Chỉ thị 26 của Thủ tướng Chính phủ về kỷ luật, kỷ cương hành chính¦Tốt = 1 Có vi phạm = 0¦1¦
8¦Kết quả thực hiện nhiệm vụ khác (nếu có)¦¦¦
II Cải cách thể chế¦¦¦¦
1¦Số VBQPPL đã ban hành¦Văn bản¦0¦
¦Số VBQPPL được ban hành đúng tiến độ¦Văn bản¦0¦
¦Số VBQPPL được ban hành đúng quy trình, thủ tục theo quy định¦Văn bản¦0¦
2¦Kiểm tra và tự kiểm tra, xử lý VBQPPL¦¦¦
¦Số VBQPPL tự kiểm tra theo thẩm quyền¦Văn bản¦0¦
¦Số VBQPPL phát hiện trái pháp luật¦Văn bản¦0¦
¦Số VBQPPL phát hiện trái pháp luật đã được xử lý¦Văn bản¦0¦
¦Số VBQPPL kiểm tra theo thẩm quyền¦Văn bản¦8¦Quyết định quy định quy chế thực hiện dân chủ ở cơ sở của Phường 1, 2, 4, 5, 7, 8, 9 và 10
¦Số VBQPPL phát hiện trái pháp luật¦Văn bản¦0¦
¦Số VBQPPL phát hiện trái pháp luật đã được xử lý¦Văn bản¦0¦
3¦Rà soát VBQPPL¦¦¦
¦Số VBQPPL phải rà soát¦Văn bản¦45¦Rà soát hệ thống hóa văn bản Quy phạm pháp luật kỳ 2019 - 2023
¦Số VBQPPL đã rà soát¦Văn bản¦45¦
¦Số VBQPPL đã kiến nghị xử lý sau kiểm tra, rà soát¦Văn bản¦0¦
¦Số VBQPPL có kiến nghị xử lý đã được xử lý xong¦Văn bản¦0¦
¦Thực hiện công tác phổ biến giáo dục pháp luật¦Không = 0; Có = 1¦1¦
¦Số lượng văn bản đã tuyên truyền¦Văn bản¦¦Tuyên truyền một số quy định của pháp luật về xử lý vi phạm hành chính
III Cải cách thủ tục hành chính¦¦¦¦
¦Kiểm soát TTHC¦Không = 0; Có = 1¦1¦Kế hoạch số 10/KH-UBND ngày 19/01/2024 về việc thực hiện công tác kiểm soát thủ tục hành chính năm 2024
¦Số lượng TTHC thực hiện rà soát¦TTHC¦1¦TTHC: Chuyển mục đích sử dụng đất phải được phép của cơ quan nhà nước có thẩm quyền đối với hộ gia đình, cá nhân
1¦Kế hoạch rà soát TTHC¦Có = 1 Không = 0¦1¦Kế hoạch số 11/KH-UBND ngày 19/01/2024 về việc rà soát, đánh giá thủ tục hành chính năm 2024 trên địa bàn thành phố Sóc Trăng
¦Đơn giản hóa TTHC¦Không = 0; Có = 1¦1¦Chưa đến thời hạn báo cáo
¦Rút ngắn thời gian giải quyết so với quy định¦Thủ tục¦2¦Lĩnh vực hoạt động xây dựng
¦Giảm thành phần hồ sơ¦Thủ tục¦0¦
¦Khác¦Thủ tục¦0¦
2¦Thống kê TTHC¦¦¦
¦Số TTHC được công bố mới¦Thủ tục¦14¦
¦Số TTHC đã được bãi bỏ, thay thế¦Thủ tục¦45¦
¦Tổng số TTHC đang có hiệu lực:¦Thủ tục¦¦
¦- Số TTHC áp dụng tại UBND cấp huyện:¦Thủ tục¦287¦
¦- Số TTHC áp dụng tại UBND cấp xã:¦Thủ tục¦129¦
4¦Có thực hiện niêm yết địa chỉ tiếp nhận phản ánh kiến nghị của cá nhân, tổ chức đối với TTHC thuộc thẩm quyền giải quyết¦Có = 1 Không = 0¦1¦
¦Số lượng ý kiến đã tiếp nhận¦Ý kiến¦1¦
¦Số lượng ý kiến đã giải quyết¦Ý kiến¦1¦
5¦Thực hiện cơ chế một cửa, một cửa liên thông¦¦¦
¦Số TTHC liên thông cùng cấp¦Thủ tục¦287¦
¦Số TTHC liên thông giữa các cấp chính quyền¦Thủ tục¦287¦
¦Tỷ lệ quy trình nội bộ giải quyết TTHC đã được điện tử hóa¦%¦¦
6¦Kết quả giải quyết TTHC¦¦¦
¦Số hồ sơ TTHC do UBND cấp huyện tiếp nhận¦Hồ sơ¦16.865¦
¦Số hồ sơ TTHC do UBND cấp huyện giải quyết và trả kết quả¦¦16.637¦còn 228 hồ sơ đang giải quyết
¦Số hồ sơ TTHC do UBND cấp huyện tiếp nhận được giải quyết đúng hạn¦Hồ sơ¦16.369¦
¦Số hồ sơ TTHC do UBND cấp xã tiếp nhận¦Hồ sơ¦14.654¦
¦Số hồ sơ TTHC do UBND cấp xã giải quyết và trả kết quả¦Hồ sơ¦14.654¦
¦Số hồ sơ TTHC do UBND cấp xã tiếp nhận được giải quyết đúng hạn¦Hồ sơ¦14.537¦Còn 77 hồ sơ đang giải quyết
"""

CITY_IV_V = """
IV¦Cải cách tổ chức bộ máy hành chính nhà nước¦¦¦
1¦Cơ cấu tổ chức bộ máy¦¦¦
¦Số phòng ban chuyên môn thuộc UBND cấp huyện¦Cơ quan, đơn vị¦11¦
¦Số đơn vị SNCL thuộc UBND cấp huyện¦Cơ quan, đơn vị¦36¦
¦Số phòng ban trong đơn vị SNCL thuộc UBND cấp huyện¦Cơ quan, đơn vị¦0¦
¦Số lượng phòng ban chuyên môn thuộc UBND cấp huyện được cắt giảm trong năm¦Cơ quan, đơn vị¦0¦
¦Số lượng đơn vị SNCL đã cắt giảm trong năm¦Cơ quan, đơn vị¦0¦
¦Số lượng phòng ban trong đơn vị SNCL đã cắt giảm trong năm¦Cơ quan, đơn vị¦0¦
2¦Số liệu về biên chế công chức¦¦¦
¦Tổng số biên chế được giao trong năm¦Người¦92¦
¦Tổng số biên chế có mặt tại thời điểm báo cáo¦Người¦90¦
¦Số hợp đồng lao động làm việc tại cơ quan hành chính nhà nước¦Người¦10¦
¦Số biên chế đã tinh giản trong kỳ báo cáo¦Người¦0¦
¦Tỷ lệ phần trăm biên chế đã tinh giản trong năm so với kế hoạch¦%¦¦
3¦Số người làm việc hưởng lương từ NSNN tại các đơn vị sự nghiệp công lập¦¦¦
¦Tổng số người làm việc được giao¦Người¦1.252¦1. Trung tâm GDNN-GDTX: 24 2. Trung tâm VH-TT-TT: 35 3. Đội Trật tự: 12 4. Ngành Giáo dục: 1.181
¦Tổng số người làm việc có mặt¦Người¦1.093¦1. Trung tâm GDNN-GDTX: 18 2. Trung tâm VH-TT-TT: 27 3. Đội Trật tự: 6 4. Ngành Giáo dục: 1.042
¦Số người đã tinh giản trong kỳ báo cáo¦Người¦7¦1. Trường Mẫu giáo Vĩnh Xuyên: 01 2. Trường Mẫu giáo Mai Hoa: 01 3. Trường Tiểu học Võ Thị Sáu: 01 4. Trường Tiểu học Lý Thường Kiệt: 01 Phòng Giáo dục và Đào tạo: 03
¦Tỷ lệ % đã tinh giản so với kế hoạch năm¦%¦35¦
4¦Số người làm việc tại các đơn vị sự nghiệp công lập tự chủ hoàn toàn¦¦¦
¦Tổng số người làm việc được phê duyệt¦Người¦58¦Phê duyệt theo Đề án VTVL 1. Ban Quản lý dự án: 17 2. Ban Quản lý chợ: 24 3. Trung tâm Phát triển quỹ đất: 17
¦Tổng số người làm việc có mặt¦Người¦49¦Phê duyệt theo Đề án VTVL 1) Ban Quản lý dự án: hiện có 17 2) Ban Quản lý chợ: hiện có 18 3) Trung tâm Phát triển quỹ đất: hiện có 14
5¦Số liệu về lãnh đạo¦¦¦
¦Số lượng lãnh đạo UBND cấp huyện¦Người¦4¦
¦Số lượng lãnh đạo cấp phòng và tương đương¦Người¦33¦
¦Số lượng lãnh đạo các đơn vị trực thuộc UBND cấp huyện¦Người¦84¦
¦Số lượng lãnh đạo UBND cấp Phường¦Người¦27¦
6¦Kiểm tra việc thực hiện nhiệm vụ phân cấp quản lý nhà nước¦¦¦Dự kiến cuối tháng 6/2024
¦Số UBND cấp xã đã kiểm tra¦Cơ quan, đơn vị¦0¦
¦Số vấn đề phát hiện qua kiểm tra¦Vấn đề¦0¦
¦Số vấn đề phát hiện đã xử lý xong¦Vấn đề¦0¦
7¦Hoạt động thanh tra cấp huyện¦¦¦
¦Số đơn vị thuộc và trực thuộc UBND cấp huyện đã thanh tra¦Cơ quan, đơn vị¦2¦
¦Số UBND cấp xã đã thanh tra¦Cơ quan, đơn vị¦3¦
¦Số vấn đề phát hiện qua thanh tra¦Vấn đề¦23¦
¦Số vấn đề phát hiện đã xử lý xong¦Vấn đề¦23¦
V¦Cải cách chế độ công vụ¦¦¦
1¦Vị trí việc làm của công chức, viên chức¦¦¦
¦Cơ quan, đơn vị đã được phê duyệt vị trí việc làm theo quy định¦Có = 1 Không = 0¦1¦
¦Cơ quan, đơn vị đã thực hiện rà soát, hoàn chỉnh bản mô tả vị trí việc làm, khung năng lực công chức, viên chức theo chức năng, nhiệm vụ hiện hành và gửi về Sở Nội vụ¦Có = 1 Không = 0¦1¦
2¦Tuyển dụng công chức, viên chức¦¦¦
¦Số công chức được tuyển dụng (thi tuyển, xét tuyển)¦Người¦0¦
¦Số công chức được tuyển dụng theo trường hợp đặc biệt.¦Người¦0¦
¦Số cán bộ, công chức cấp xã được xét chuyển thành công chức cấp huyện trở lên.¦Người¦2¦Huỳnh Tấn Phát; Nguyễn Hồng Hiếu
¦Số viên chức được tuyển dụng (thi tuyển, xét tuyển).¦Người¦¦
¦Số viên chức được tuyển dụng theo trường hợp đặc biệt.¦Người¦0¦
3¦Số liệu về bổ nhiệm công chức lãnh đạo¦¦¦
¦Thực hiện tuyển chọn, bổ nhiệm lãnh đạo qua thi tuyển¦Đã thực hiện = 1 Chưa thực hiện = 0¦0¦
¦Số lãnh đạo UBND cấp huyện được bổ nhiệm mới¦Người¦0¦
¦Số lãnh đạo cấp phòng chuyên môn thuộc UBND cấp huyện được bổ nhiệm mới¦Người¦1¦
¦Số lãnh đạo UBND cấp xã được bổ nhiệm mới¦Người¦3¦- Phường 2 và Phường 5
4¦Công tác đào tạo, bồi dưỡng¦¦¦
¦Số người được đào tạo, bồi dưỡng theo Kế hoạch¦Người¦266¦
¦Số người đã được đào tạo, bồi dưỡng thực tế¦Người¦408¦Đạt 153,38%
5¦Định kỳ chuyển đổi vị trí công tác¦¦¦
¦Chỉ tiêu chuyển đổi theo quy định¦Người¦¦
¦Kết quả thực hiện thực tế¦Người¦¦
6¦Số liệu về xử lý kỷ luật cán bộ, công chức, viên chức (cả về Đảng và chính quyền).¦¦¦
¦Số lãnh đạo UBND cấp huyện bị kỷ luật.¦Người¦0¦
¦Số lãnh đạo cấp phòng và tương đương thuộc UBND cấp huyện bị kỷ luật.¦Người¦3¦
¦Số công chức chuyên môn, không giữ chức vụ lãnh đạo, quản lý thuộc UBND cấp huyện bị kỷ luật.¦Người¦0¦
¦Số người làm việc tại các đơn vị SNCL bị kỷ luật.¦Người¦0¦
¦- Trong đơn vị SNCL tự chủ hoàn toàn¦Người¦0¦
¦- Trong đơn vị SNCL tự chủ một phần¦Người¦0¦
¦- Trong đơn vị SNCL do ngân sách nhà nước đảm bảo¦Người¦0¦
¦Số cán bộ cấp xã bị kỷ luật¦Người¦1¦
¦Số công chức cấp xã bị kỷ luật¦Người¦0¦
"""

CONTACTS = """
STT¦Nội dung¦Họ tên¦Chức vụ¦Trình độ chuyên môn ³⁹¦Email/điện thoại
1¦Lãnh đạo phụ trách cải cách hành chính¦Trần Văn Trí¦CT. UBND TPST¦¦tvtri@soctrang.gov.vn
2¦Công chức phụ trách tham mưu cải cách hành chính¦Trần Thị Thu Suong¦Trưởng phòng Nội vụ¦¦suongnv@gmail.com
3¦Công chức phụ trách Bộ phận một cửa¦Trương Xuân Anh Khoa¦Phó chánh Văn phòng HĐND – UBND TPST¦¦txakhoa@soctrang.gov.vn
4¦Nhân viên phụ trách tham mưu CNTT¦Nguyễn Bá Khang¦Nhân viên VP. HĐND – UBND TPST¦¦nbkhang@soctrang.gov.vn
"""


# =============================================================================================
# table model (independent of samples/build_samples.py)
# =============================================================================================

MARK_RE = re.compile(r"\{\^([^}]*)\}")  # footnote marker, drawn as superscript, not in the expected text


def expected_text(s: str) -> str:
    s = MARK_RE.sub("", s or "")
    s = s.replace("\u01a3", "\u01b0").replace("\u01a2", "\u01af")
    return unicodedata.normalize("NFC", " ".join(s.split()))


def split_block(block: str) -> list[list[str]]:
    """Rows of a data block; the seed's <b>/<i>/<u> markup is dropped (bold rows are set by the tables)."""
    clean = re.sub(r"</?[biu]>", "", block)
    return [line.split("¦") for line in clean.strip("\n").split("\n")]


@dataclass
class HTable:
    title: list[str] | None
    header: list[list]  # HTML-like: str or (text, colspan, rowspan)
    rows: list[list[str]]  # '\n' inside a cell = a new line (PDF) / a new paragraph (docx)
    kinds: list[str]
    widths: list[float]  # relative
    vspans: list[tuple[int, int, int]] = field(default_factory=list)  # (col, first body row, last body row)
    rules: str = "grid"  # grid | hrules (horizontal lines between rows + outer frame)
    size: float = 10.0
    pad: tuple[float, float, float, float] = (3.0, 3.0, 2.0, 2.0)  # left, right, top, bottom
    repeat: bool = True
    valign: str = "MIDDLE"
    align: list[str] | None = None  # LEFT CENTER RIGHT per column (body)
    note_after: str | None = None  # a small paragraph right below the table (e.g. its footnote)
    landscape: bool = False

    @property
    def ncols(self) -> int:
        return len(self.widths)

    def header_matrix(self) -> tuple[list[list[str]], list[tuple[int, int, int, int]]]:
        """(expanded header grid, spans as (r0, c0, r1, c1) inclusive)."""
        nrows = len(self.header)
        grid: list[list[str | None]] = [[None] * self.ncols for _ in range(nrows)]
        spans = []
        for r, row in enumerate(self.header):
            c = 0
            for item in row:
                text, cs, rs = (item, 1, 1) if isinstance(item, str) else item
                while grid[r][c] is not None:
                    c += 1
                for rr in range(r, r + rs):
                    for cc in range(c, c + cs):
                        assert grid[rr][cc] is None, (self.title, rr, cc)
                        grid[rr][cc] = text
                if cs > 1 or rs > 1:
                    spans.append((r, c, r + rs - 1, c + cs - 1))
                c += cs
        assert all(x is not None for row in grid for x in row), self.title
        return grid, spans  # type: ignore[return-value]

    def expected(self, number: int, pages: list[int]) -> dict:
        grid, _ = self.header_matrix()
        body = [[expected_text(c) for c in row] for row in self.rows]
        for col, r0, r1 in self.vspans:
            for r in range(r0 + 1, r1 + 1):
                assert not self.rows[r][col], (self.title, r, col)
                body[r][col] = body[r0][col]
        for row in body:
            assert len(row) == self.ncols, (self.title, row)
        assert len(self.kinds) == len(self.rows)
        return {"table": number, "pages": pages,
                "title": expected_text(" ".join(self.title)) if self.title else None,
                "header": [[expected_text(c) for c in row] for row in grid],
                "rows": body, "row_kinds": list(self.kinds)}


def group_rows(rows: list[list[str]], is_group) -> list[str]:
    return ["group" if is_group(r) else "data" for r in rows]


# =============================================================================================
# reportlab / platypus rendering
# =============================================================================================


def rl_setup():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for fam in ("Serif", "Sans"):
        for style, suffix in (("", "Regular"), ("-Bold", "Bold"), ("-Italic", "Italic"), ("-BoldItalic", "BoldItalic")):
            name = f"Lib{fam}{style}"
            if name not in pdfmetrics.getRegisteredFontNames():
                pdfmetrics.registerFont(TTFont(name, f"{LIB}Liberation{fam}-{suffix}.ttf"))
        from reportlab.lib.fonts import addMapping
        addMapping(f"Lib{fam}", 0, 0, f"Lib{fam}")
        addMapping(f"Lib{fam}", 1, 0, f"Lib{fam}-Bold")
        addMapping(f"Lib{fam}", 0, 1, f"Lib{fam}-Italic")
        addMapping(f"Lib{fam}", 1, 1, f"Lib{fam}-BoldItalic")


def markup(text: str) -> str:
    """Cell / paragraph text -> platypus markup: escape, markers as <super>, newlines as <br/>."""
    out = []
    pos = 0
    for m in MARK_RE.finditer(text):
        out.append(escape(text[pos:m.start()]))
        out.append(f"<super>{escape(m.group(1))}</super>")
        pos = m.end()
    out.append(escape(text[pos:]))
    return "".join(out).replace("\n", "<br/>")


PAGES: dict[int, set[int]] = {}


def tracked_table_class():
    from reportlab.platypus import Table

    class TrackedTable(Table):
        """A platypus Table that records on which pages its parts were drawn."""

        track = -1

        def split(self, availWidth, availHeight):
            parts = super().split(availWidth, availHeight)
            for p in parts:
                p.track = self.track
            return parts

        def drawOn(self, canvas, x, y, _sW=0):
            PAGES.setdefault(self.track, set()).add(canvas.getPageNumber())
            return super().drawOn(canvas, x, y, _sW)

    return TrackedTable


class RLDoc:
    """A platypus document with portrait and landscape page templates."""

    def __init__(self, path: str, family: str, body_size: float, title: str):
        from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
        from reportlab.lib.pagesizes import A4, landscape
        from reportlab.lib.styles import ParagraphStyle
        from reportlab.lib.units import cm
        from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

        rl_setup()
        self.family = f"Lib{family}"
        self.path = path
        self.story: list = []
        self.tables: list[HTable] = []
        fam = self.family

        def page_no(canvas, doc):
            canvas.saveState()
            canvas.setFont(fam, 9)
            w = canvas._pagesize[0]
            canvas.drawCentredString(w / 2, 0.9 * cm, f"- {canvas.getPageNumber()} -")
            canvas.restoreState()

        pw, ph = A4
        lw, lh = landscape(A4)
        self.doc = BaseDocTemplate(path, pagesize=A4, title=title, author="parx holdout", invariant=1,
                                   creator="parx benchmarks/holdout/build_holdout.py (platypus)")
        self.doc.addPageTemplates([
            PageTemplate("portrait", [Frame(2.5 * cm, 2.0 * cm, pw - 4.5 * cm, ph - 4.0 * cm, id="p")],
                         onPage=page_no, pagesize=A4),
            PageTemplate("landscape", [Frame(1.8 * cm, 1.8 * cm, lw - 3.6 * cm, lh - 3.6 * cm, id="l")],
                         onPage=page_no, pagesize=landscape(A4)),
        ])
        self.width_p = pw - 4.5 * cm
        self.width_l = lw - 3.6 * cm
        self.body = ParagraphStyle("body", fontName=fam, fontSize=body_size, leading=body_size * 1.35,
                                   alignment=TA_JUSTIFY, firstLineIndent=1.0 * cm, spaceAfter=5)
        self.heading = ParagraphStyle("heading", parent=self.body, fontName=fam + "-Bold", firstLineIndent=0,
                                      alignment=0, spaceBefore=6, keepWithNext=1)
        self.caption = ParagraphStyle("caption", parent=self.body, fontName=fam + "-Bold", firstLineIndent=0,
                                      alignment=TA_CENTER, spaceAfter=4)
        self.note = ParagraphStyle("note", parent=self.body, fontSize=body_size - 2.5,
                                   leading=(body_size - 2.5) * 1.3, firstLineIndent=0, spaceBefore=2)
        self.landscape_now = False

    def p(self, text: str, style=None):
        from reportlab.platypus import Paragraph

        self.story.append(Paragraph(markup(text), style or self.body))

    def h(self, text: str):
        self.p(text, self.heading)

    def orientation(self, landscape: bool):
        from reportlab.platypus import NextPageTemplate, PageBreak

        if landscape != self.landscape_now:
            self.story.append(NextPageTemplate("landscape" if landscape else "portrait"))
            self.story.append(PageBreak())
            self.landscape_now = landscape

    def table(self, t: HTable):
        from reportlab.lib import colors
        from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
        from reportlab.lib.styles import ParagraphStyle
        from reportlab.platypus import CondPageBreak, Paragraph, Spacer

        TrackedTable = tracked_table_class()
        self.story.append(CondPageBreak(110))  # caption, header and a few rows stay together
        if t.title:
            for line in t.title:
                self.p(line, self.caption)
        width = self.width_l if self.landscape_now else self.width_p
        tot = sum(t.widths)
        widths = [w * width / tot for w in t.widths]
        fam = self.family
        al = {"LEFT": TA_LEFT, "CENTER": TA_CENTER, "RIGHT": TA_RIGHT}
        base = ParagraphStyle("cell", fontName=fam, fontSize=t.size, leading=t.size * 1.18, splitLongWords=0)
        hstyle = ParagraphStyle("hcell", parent=base, fontName=fam + "-Bold", alignment=TA_CENTER)
        grid, spans = t.header_matrix()
        data = []
        # header: text only in the top-left cell of a span
        owner = {}
        for (r0, c0, r1, c1) in spans:
            for r in range(r0, r1 + 1):
                for c in range(c0, c1 + 1):
                    owner[(r, c)] = (r0, c0)
        for r, row in enumerate(grid):
            out = []
            for c, text in enumerate(row):
                if owner.get((r, c), (r, c)) != (r, c):
                    out.append("")
                else:
                    out.append(Paragraph(markup(text), hstyle))
            data.append(out)
        nh = len(grid)
        for row, kind in zip(t.rows, t.kinds, strict=True):
            out = []
            for c, text in enumerate(row):
                a = (t.align or ["LEFT"] * t.ncols)[c]
                st = ParagraphStyle(f"b{c}{kind}", parent=base, alignment=al[a],
                                    fontName=fam + ("-Bold" if kind in ("group", "total") else ""))
                out.append(Paragraph(markup(text), st) if text else "")
            data.append(out)
        cmds = [
            ("VALIGN", (0, 0), (-1, nh - 1), "MIDDLE"),
            ("VALIGN", (0, nh), (-1, -1), t.valign),
            ("LEFTPADDING", (0, 0), (-1, -1), t.pad[0]),
            ("RIGHTPADDING", (0, 0), (-1, -1), t.pad[1]),
            ("TOPPADDING", (0, 0), (-1, -1), t.pad[2]),
            ("BOTTOMPADDING", (0, 0), (-1, -1), t.pad[3]),
        ]
        for (r0, c0, r1, c1) in spans:
            cmds.append(("SPAN", (c0, r0), (c1, r1)))
        for col, b0, b1 in t.vspans:
            cmds.append(("SPAN", (col, nh + b0), (col, nh + b1)))
        if t.rules == "grid":
            cmds.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
        else:  # horizontal rules between rows + outer frame, no inner verticals (except inside the header)
            cmds.append(("BOX", (0, 0), (-1, -1), 0.9, colors.black))
            cmds.append(("LINEBELOW", (0, 0), (-1, -1), 0.35, colors.black))
            cmds.append(("LINEBELOW", (0, nh - 1), (-1, nh - 1), 0.9, colors.black))
            cmds.append(("INNERGRID", (0, 0), (-1, nh - 1), 0.35, colors.black))
        tab = TrackedTable(data, colWidths=widths, repeatRows=nh if t.repeat else 0, style=cmds,
                           splitByRow=1)
        tab.track = len(self.tables)
        tab.hAlign = "CENTER"
        self.tables.append(t)
        self.story.append(tab)
        if t.note_after:
            self.p(t.note_after, self.note)
        self.story.append(Spacer(1, 8))

    def build(self) -> list[dict]:
        PAGES.clear()
        self.doc.build(self.story)
        out = []
        for i, t in enumerate(self.tables):
            out.append(t.expected(i + 1, sorted(PAGES[i])))
        return out


def write_expected(name: str, tables: list[dict]) -> None:
    import pdfplumber

    with pdfplumber.open(os.path.join(HERE, name)) as pdf:
        n = len(pdf.pages)
    with open(os.path.join(HERE, name.replace(".pdf", ".expected.json")), "w", encoding="utf-8") as f:
        json.dump({"doc": name, "n_pages": n, "tables": tables}, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(json.dumps({"doc": name, "pages": n, "tables": [(t["table"], t["pages"], t["title"]) for t in tables]},
                     ensure_ascii=False))


# =============================================================================================
# table definitions from the seeds' facts
# =============================================================================================


def t_opinion() -> HTable:
    rows, vspans = [], []
    start = None
    for cells in split_block(OPINION_2023):
        group, item, y23, y22 = cells
        if group:
            if start is not None:
                vspans.append((0, start, len(rows) - 1))
            start = len(rows)
        rows.append([group, item, y23, y22])
    vspans.append((0, start, len(rows) - 1))
    return HTable(title=["CHỈ SỐ NHẬN ĐỊNH, ĐÁNH GIÁ CỦA TÌNH SỐC TRĂNG"],
                  header=[[("Tiêu chí", 2, 1), "Năm 2023", "Năm 2022"]],
                  rows=rows, kinds=["data"] * len(rows), widths=[30, 50, 11, 11], vspans=vspans,
                  size=9.5, pad=(4, 4, 2.5, 2.5), align=["LEFT", "LEFT", "CENTER", "CENTER"])


def t_satisfaction() -> HTable:
    rows = split_block(SATISFACTION_2023)
    is_g = [bool(re.match(r"^([IVX]+|[A-G])\. ", r[0])) for r in rows]
    return HTable(title=["CHỈ SỐ HÀI LÒNG CỦA TỈNH SÓC TRĂNG"], header=[["Tiêu chí", "Năm 2023", "Năm 2022"]],
                  rows=rows, kinds=["group" if g else "data" for g in is_g], widths=[70, 12, 12], rules="hrules",
                  size=10, pad=(3, 3, 3, 3), align=["LEFT", "RIGHT", "RIGHT"])


def t_needs() -> HTable:
    rows = split_block(NEEDS_2023)
    return HTable(title=["CHỈ SỐ NHU CẦU, MONG ĐỢI CỦA TỈNH SÓC TRĂNG"],
                  header=[["Tiêu chí", "Năm 2023", "Tiêu chí", "Năm 2022"]], rows=rows, kinds=["data"] * len(rows),
                  widths=[38, 9, 38, 9], size=9, pad=(5, 5, 3, 3), valign="TOP",
                  align=["LEFT", "CENTER", "LEFT", "CENTER"])


def merged_rows(block: str, keep_numbers: int) -> list[list[str]]:
    """Rows of a seed block where a line starting with an empty first cell continues the row above."""
    rows: list[list[str]] = []
    for cells in split_block(block):
        if cells[0] == "" and rows:
            prev = rows[-1]
            for i, c in enumerate(cells):
                if c:
                    prev[i] = (prev[i] + " " + c).strip()
        else:
            rows.append(cells)
    return [r for r in rows if r[0].rstrip(".").isdigit() and int(r[0].rstrip(".")) <= keep_numbers]


def t_pl2() -> HTable:
    rows = merged_rows(PL2_2023, 12)
    assert len(rows) == 12 and all(len(r) == 6 for r in rows), [len(r) for r in rows]
    return HTable(title=["Phụ lục 2", "DANH MỤC CÁC QUYẾT ĐỊNH CÔNG BỐ TTHC CỦA CHỦ TỊCH",
                         "UBND TỈNH TRỄ HẠN THEO QUY ĐỊNH TRONG NĂM 2023"],
                  header=[["Số TT", "Số Quyết định, trích yếu và thời gian ban hành Quyết định của Chủ tịch UBND tỉnh",
                           "Số TTHC do địa phương thực hiện",
                           "Thời gian công bố trễ hạn so với Quyết định của bộ, ngành trung ương",
                           "Cơ quan, đơn vị trình Chủ tịch UBND tỉnh chưa kịp thời", "Ghi chú"]],
                  rows=rows, kinds=["data"] * len(rows), widths=[5, 30, 9, 22, 14, 30], size=9.5,
                  pad=(3, 3, 2, 3), repeat=False, valign="TOP",
                  align=["CENTER", "LEFT", "CENTER", "LEFT", "LEFT", "LEFT"], landscape=True)


def t_contacts(note: bool = True) -> HTable:
    rows = [r for r in split_block(CONTACTS) if r[0] != "STT"]  # the seed block starts with its header line
    return HTable(title=["DANH SÁCH CÔNG CHỨC PHỤ TRÁCH CẢI CÁCH HÀNH CHÍNH"],
                  header=[["STT", "Nội dung", "Họ tên", "Chức vụ", "Trình độ chuyên môn{^39}", "Email/điện thoại"]],
                  rows=rows, kinds=["data"] * len(rows), widths=[6, 27, 17, 21, 12, 32], size=9.5,
                  pad=(3, 3, 3, 3), align=["CENTER", "LEFT", "LEFT", "LEFT", "CENTER", "LEFT"],
                  note_after=("{^39} Chỉ thống kê đối với công chức tham mưu CCHC, CNTT và công chức một cửa"
                              if note else None))


ROMAN = re.compile(r"^(I|II|III|IV|V|VI|VII|VIII|IX|X)\b\s*(.*)$")


def indicator_rows(block: str) -> tuple[list[list[str]], list[str]]:
    """Indicator appendix rows: roman section rows and numbered rows without a unit/value are headings."""
    rows, kinds = [], []
    for cells in split_block(block):
        cells = (cells + [""] * 5)[:5]
        m = ROMAN.match(cells[0])
        if m and m.group(2):  # 'II Cải cách thể chế' printed in one cell -> TT + name
            cells = [m.group(1), m.group(2)] + cells[2:]
            cells = cells[:5]
        if ROMAN.match(cells[0]):
            kinds.append("group")
        elif cells[0] and not cells[2] and not cells[3]:
            kinds.append("group")
        else:
            kinds.append("data")
        rows.append(cells)
    return rows, kinds


def t_indicators_i_iii() -> HTable:
    rows, kinds = indicator_rows(CITY_I_III)
    return HTable(title=["PHỤ LỤC", "THỐNG KÊ SỐ LIỆU VÀ KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH", "NĂM 2024"],
                  header=[["TT", "TÊN CHỈ TIÊU", "ĐƠN VỊ TÍNH", "Số lượng/ tỷ lệ", "Ghi chú"]],
                  rows=rows, kinds=kinds, widths=[6, 44, 15, 11, 30], rules="hrules", size=9.5,
                  pad=(3, 3, 2.5, 2.5), valign="TOP", align=["CENTER", "LEFT", "CENTER", "CENTER", "LEFT"])


FIELD_RATIOS = [
    ["1", "Công tác chỉ đạo, điều hành cải cách hành chính", "79.41%", "79.40%", "88.10%", "86.00%", "87.65%", "97.87%"],
    ["2", "Xây dựng và tổ chức thực hiện văn bản quy phạm pháp luật", "93.33%", "85.60%", "90.90%", "91.90%", "90.10%", "91.70%"],
    ["3", "Cải cách thủ tục hành chính", "83.33%", "77.50%", "80.70%", "83.86%", "90.74%", "97.91%"],
    ["4", "Cải cách tổ chức bộ máy hành chinh nhà nước", "65.38%", "72.70%", "78.60%", "76.08%", "91.65%", "92.96%"],
    ["5", "Xây dựng và nâng cao chất lượng đội ngũ cán bộ, công chức, viên chức", "47.37%", "59.00%", "77.80%", "82.86%", "88.00%", "76.89%"],
    ["6", "Cải cách tài chính công", "62.50%", "74.60%", "61.30%", "70.08%", "83.42%", "91.91%"],
    ["7", "Hiện đại hóa hành chính", "30.56%", "66.40%", "70.70%", "80.54%", "81.80%", "85.25%"],
    ["8", "Thực hiện cơ chế một cửa, một cửa liên thông{^2}", "56.25%", "-", "-", "-", "-", "-"],
    ["9", "Tác động của cải cách hành chính đến người dân, tổ chức và phát triển kinh tế - xã hội", "80.14%", "87.10%", "83.00%", "86.44%", "73.75%", "74.66%"],
]
GROUP_MEANS = [
    ["Sở ngành", "81.71%", "77.16%", "74.89%", "72.12%", "71.51%", "58.16%"],
    ["UBND cấp huyện", "79.73%", "76.97%", "71.43%", "72.44%", "73.94%", "52.95%"],
    ["Cơ quan ngành dọc", "83.12%", "79.51%", "72.62%", "64.23%", "-", "-"],
    ["Đơn vị sự nghiệp công lập tỉnh", "73.96%", "70.37%", "71.48%", "66.14%", "59.19%", "47.30%"],
]
_COORD = "Các Sở, ban, ngành tỉnh, UBND cấp huyện, cấp xã"
_REPORT = "Báo cáo cụ thể kết quả nhiệm vụ, giải pháp được giao nêu tại mục III và IV, Phần II của Đề án này"
_INIT = ("Đề xuất ít nhất 03 mô hình sáng kiến hoặc giải pháp nâng cao hiệu quả thực hiện nhiệm vụ trong lĩnh vực "
         "được giao phụ trách. Đồng thời, chịu trách nhiệm duy trì sáng kiến, giải pháp đã đề xuất và triển khai hiệu "
         "quả thời gian qua.")
_INIT_OUT = "Báo kết quả, nội dung giải pháp, sáng kiến"
_REVISE = ("Phối hợp tham mưu UBND tỉnh sửa đổi nội dung đánh giá kết quả cải cách hành chính và hướng dẫn, đánh giá, "
           "xác định Chỉ số cải cách hành chính các đơn vị trên địa bàn tỉnh.")
_ALL = "Các sở, ban ngành và UBND các huyện, thị xã, thành phố"
TASKS = [
    ["I", "SỞ NỘI VỤ", "", "", ""],
    ["1", "Tổ chức tập huấn, bồi dưỡng kiến thức, kỹ năng cho cán bộ, công chức, viên chức tham mưu Chỉ số cải cách hành chính", "Cơ sở đào tạo", "Các lớp bồi dưỡng", "Hàng năm"],
    ["2", "Cải tiến nội dung đánh giá, xác định Chỉ số cải cách hành chính các cơ quan, đơn vị trên địa bàn tỉnh", "Các sở chuyên ngành và đơn vị tham gia đánh giá Chỉ số cải cách hành chính", "Quyết định phê duyệt Chỉ số cải cách hành chính", "Năm 2023"],
    ["3", "Cải tiến phần mềm đánh giá, xác định Chỉ số cải cách hành chính các cơ quan, đơn vị trên địa bàn tỉnh", "Đơn vị cung cấp phần mềm và UBND cấp huyện", "Phần mềm", "Hàng năm"],
    ["4", "Tổ chức hội thảo, tọa đàm để thông tin, chia sẻ kiến thức, kinh nghiệm về cải cách hành chính", "Các đơn vị", "Kế hoạch; Báo cáo kết quả", "Hàng năm"],
    ["5", "Tổ chức tìm kiếm sáng kiến, giải pháp cải cách hành chính theo từng lĩnh vực thành phần.", "Các đơn vị", "Báo cáo kết quả", "Hàng năm"],
    ["6", "Thực hiện khảo sát, xác định Chỉ số cải cách hành chính", "Các đơn vị", "Báo cáo kết quả", "Hàng năm"],
    ["7", "Nghiên cứu thực tế, học tập mô hình cải cách hành chính", "Các đơn vị", "Báo cáo kết quả", "Hàng năm"],
    ["8", "Kiểm tra, giám sát, đôn đốc tiến độ thực hiện nhiệm vụ cải cách hành chính của các đơn vị", "Các đơn vị", "Báo cáo kết quả kiểm tra, giám sát", "Hàng năm"],
    ["9", "Chủ động đề xuất Ban Chỉ đạo cải cách hành chính họp chuyên đề đề xuất nhiệm vụ, giải pháp cải thiện các chỉ số liên quan cải cách hành chính (PAR Index, PAPI, PCI, DTI, SIPAS)", "Thành viên Ban Chỉ đạo CCHC; Các sở, ban ngành và UBND các huyện, thị xã, thành phố", "Văn bản đề xuất", "Hàng năm"],
    ["10", "Tham mưu xây dựng chính sách thu hút, hỗ trợ đào tạo khuyến khích cán bộ, công chức, viên chức nâng cao trình độ chuyên môn (sau đại học), góp phần nâng cao chất lượng thực thi nhiệm vụ", "Các đơn vị", "Nghị quyết", "Năm 2022"],
    ["11", _REPORT, _COORD, "Báo cáo", "Hàng năm"],
    ["12", "Sơ kết thực hiện Đề án", "Các đơn vị", "Báo cáo sơ kết", "Năm 2025"],
    ["13", "Tổng kết thực hiện Đề án", "Các đơn vị", "Báo cáo tổng kết", "Năm 2030"],
    ["II", "SỞ T\u01a2 PHÁP", "", "", ""],
    ["1", _INIT, "", _INIT_OUT, "Trong giai đoạn"],
    ["2", "Thực hiện công tác phổ biến, giáo dục pháp luật", _COORD, "Kế hoạch; báo cáo kết quả", "Hàng năm"],
    ["3", "Đổi mới công tác kiểm tra, khảo sát, đánh giá tình hình thi hành pháp luật của việc thực hiện trách nhiệm. Tăng cường theo dõi đôn đốc và kiểm tra việc thực hiện trách nhiệm quản lý nhà nước; Đẩy mạnh ứng dụng công nghệ thông tin trong tổ chức thi hành pháp luật và theo dõi tình hình thi hành pháp luật.", _COORD, "kế hoạch; văn bản hướng dẫn, đôn đốc, kiểm tra; báo cáo kết quả.", "Hàng năm"],
    ["4", "Tăng cường bồi dưỡng để nâng cao năng lực, trình độ chuyên môn cho đội ngũ cán bộ, công chức làm chức làm công tác theo dõi thi hành pháp luật của các Sở ngành tỉnh, UBND cấp huyện.", "Cơ sở đào tạo hoặc Bộ Tư pháp", "Kế hoạch tập huấn", "Hàng năm"],
    ["5", "Tăng cường kiểm tra, rà soát văn bản QPPL kịp thời phát hiện, xử lý hoặc đề nghị cơ quan, người có thẩm quyền xử lý các văn bản có nội dung không phù hợp quy định của pháp luật, mâu thuẫn, chồng chéo, hết hiệu lực hoặc không còn phù hợp với hệ thống pháp luật hiện hành và tình hình thực tế của địa phương.", _COORD, "Kế hoạch; Quyết định; Báo cáo kết quả", "Hàng năm"],
    ["6", _REPORT, _COORD, "Báo cáo", "Hàng năm"],
    ["III", "SỞ TÀI CHÍNH", "", "", ""],
    ["1", _INIT, "", _INIT_OUT, "Trong giai đoạn"],
    ["2", _REVISE, _ALL, "Văn bản đề xuất, hướng dẫn", "Hàng năm"],
    ["3", _REPORT, _COORD, "Báo cáo", "Hàng năm"],
    ["IV", "SỞ THÔNG TIN VÀ TRUYỀN THÔNG", "", "", ""],
    ["1", _INIT, "", _INIT_OUT, "Trong giai đoạn"],
    ["2", _REVISE, _ALL, "Văn bản đề xuất, hướng dẫn", "Hàng năm"],
    ["3", "Tham mưu đẩy mạnh triển khai việc kết nối, chia sẻ dữ liệu giữa các ngành, các địa phương trên địa bàn tỉnh kết hợp với việc thực hiện quy trình số hóa theo quy định tại Nghị định 107/2021/NĐ-CP sửa đổi, bổ sung một số điều của Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính; giúp cá nhân, tổ chức không phải nộp lại hồ sơ, giấy tờ do cơ quan nhà nước lưu trữ khi thực hiện thủ tục hành chính, thu hút thêm nhiều người thực hiện dịch vụ công trực tuyến", "Các cơ quan, đơn vị", "Báo cáo kết quả", "Hàng năm"],
    ["4", "Nâng cấp Hệ thống quản lý văn bản và điều hành trên địa bàn tỉnh, đáp ứng tốt hơn việc xử lý văn bản, hồ sơ công việc trên môi trường điện tử trong nội bộ đơn vị và giữa các cơ quan, đơn vị, địa phương", "Các cơ quan, đơn vị", "Báo cáo kết quả", "Hàng năm"],
    ["5", "Báo cáo cụ thể kết quả nhiệm vụ, giải pháp nếu tại mục III và IV, Phần II của Đề án này", _COORD, "Báo cáo", "Hàng năm"],
    ["V", "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "", "", ""],
    ["1", _INIT, "", _INIT_OUT, "Trong giai đoạn"],
    ["2", "Triển khai áp dụng Hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia TCVN ISO 9001:2015 bản điện tử (ISO điện tử) vào hoạt động của các cơ quan hành chính nhà nước tỉnh Sóc Trăng năm 2022", _COORD, "Báo kết quả", "Hàng năm"],
    ["3", _REPORT, _COORD, "Báo cáo", "Hàng năm"],
    ["VI", "SỞ KẾ HOẠCH VÀ ĐẦU T\u01a2", "", "", ""],
    ["1", _INIT, "", _INIT_OUT, "Trong giai đoạn"],
]


def t_field_ratios(rules="hrules", size=10.5) -> HTable:
    years = [f"Năm {y}" for y in range(2016, 2022)]
    return HTable(title=None,
                  header=[["STT", "Tỷ lệ điểm các Chỉ số thành phần trong Chỉ số cải cách hành chính tỉnh Sóc Trăng"] + years],
                  rows=[list(r) for r in FIELD_RATIOS], kinds=["data"] * 9, widths=[6, 40] + [9] * 6, rules=rules,
                  size=size, pad=(2.5, 2.5, 3, 3), align=["CENTER", "LEFT"] + ["RIGHT"] * 6,
                  note_after="{^2} Chỉ thực hiện đánh giá trong năm 2016")


def t_group_means(size=11) -> HTable:
    return HTable(title=["Giá trị trung bình Chỉ số cải cách hành chính các đơn vị, giai đoạn 2016 - 2021"],
                  header=[["Giá trị trung bình Chỉ số cải cách hành chính các đơn vị"] + [f"Năm {y}" for y in range(2021, 2015, -1)]],
                  rows=[list(r) for r in GROUP_MEANS], kinds=["data"] * 4, widths=[34] + [11] * 6, size=size,
                  pad=(4, 4, 4, 4), align=["LEFT"] + ["CENTER"] * 6)


def t_tasks() -> HTable:
    kinds = ["group" if ROMAN.match(r[0]) else "data" for r in TASKS]
    return HTable(title=["PHỤ LỤC", "CÁC NHIỆM VỤ CỤ THỂ CỦA ĐỀ ÁN"],
                  header=[["TT", "Nhiệm vụ của cơ quan chủ trì", "Cơ quan phối hợp", "Hoạt động/sản phẩm", "Thời gian thực hiện"]],
                  rows=[list(r) for r in TASKS], kinds=kinds, widths=[5, 48, 19, 17, 11], size=10,
                  pad=(4, 4, 3, 3), valign="TOP", align=["CENTER", "LEFT", "LEFT", "LEFT", "CENTER"], landscape=True)


# =============================================================================================
# reportlab documents
# =============================================================================================


def build_sipas_opinion() -> None:
    name = "sipas_opinion_2023.pdf"
    d = RLDoc(os.path.join(HERE, name), "Serif", 11, "SIPAS 2023 - ý kiến người dân (holdout)")
    d.p("SỞ NỘI VỤ TỈNH SÓC TRĂNG", d.caption)
    d.h("1. Nhận định, đánh giá của người dân")
    d.p("Năm 2023, Chỉ số SIPAS của tỉnh đạt 81,65%, tổng hợp từ ý kiến của 558 người dân, doanh nghiệp. Phần đánh "
        "giá được đo trên ba phương diện: nhận định, mức độ hài lòng và nhu cầu, mong đợi. Bảng dưới đây trình bày "
        "tỷ lệ ý kiến theo từng tiêu chí nhận định so với năm 2022.")
    d.table(t_opinion())
    d.p("Kênh thông tin được dùng nhiều nhất vẫn là đài, ti vi, báo chí (41,30%), trong khi tỷ lệ người dân tự "
        "theo dõi qua mạng internet tăng lên 32,79%.")
    d.h("2. Mức độ hài lòng")
    d.p("Mức độ hài lòng đối với việc xây dựng, tổ chức thực hiện chính sách đạt 81,52%, đối với cung ứng dịch vụ "
        "hành chính công đạt 81,82%. Chi tiết theo từng tiêu chí:")
    d.table(t_satisfaction())
    d.h("3. Nhu cầu, mong đợi")
    d.p("Mười nội dung được người dân mong đợi \"rất nhiều\", xếp theo thứ tự giảm dần của từng năm:")
    d.table(t_needs())
    d.p("Nâng cao tinh thần, thái độ phục vụ của công chức đứng đầu danh sách năm 2023 với 46,47%.")
    d.orientation(landscape=True)
    d.table(t_pl2())
    write_expected(name, d.build())


def build_city_cchc() -> None:
    name = "city_cchc_2024.pdf"
    d = RLDoc(os.path.join(HERE, name), "Sans", 10, "Thành phố Sóc Trăng - số liệu CCHC 2024 (holdout)")
    d.p("ỦY BAN NHÂN DÂN THÀNH PHỐ SÓC TRĂNG", d.caption)
    d.p("Báo cáo kết quả thực hiện công tác cải cách hành chính năm 2024", d.caption)
    d.p("Thành phố có 10 phường; ủy ban nhân dân các phường có mặt 191 người, gồm 98 cán bộ chuyên trách và 93 công "
        "chức. Danh sách công chức phụ trách công tác cải cách hành chính của thành phố như sau:")
    d.table(t_contacts())
    d.p("Số liệu thống kê kết quả thực hiện các nhiệm vụ cải cách hành chính trong năm được tổng hợp ở phụ lục dưới "
        "đây (các lĩnh vực I đến III).")
    d.table(t_indicators_i_iii())
    d.p("Thành phố tiếp tục rà soát, cập nhật số liệu các lĩnh vực còn lại trong báo cáo định kỳ tiếp theo.")
    write_expected(name, d.build())


def build_scheme_tasks() -> None:
    name = "scheme_tasks_2022.pdf"
    d = RLDoc(os.path.join(HERE, name), "Serif", 12, "Đề án cải thiện Chỉ số CCHC - phụ lục nhiệm vụ (holdout)")
    d.p("ĐỀ ÁN", d.caption)
    d.p("Cải thiện Chỉ số cải cách hành chính cấp tỉnh và các cơ quan thuộc tỉnh Sóc Trăng từ nay đến năm 2030",
        d.caption)
    d.h("1. Kết quả Chỉ số cải cách hành chính của tỉnh")
    d.p("Chỉ số của tỉnh được cơ cấu 66,50 điểm tự đánh giá và 33,50 điểm điều tra xã hội học. Giai đoạn 2016 - "
        "2021, vị trí xếp hạng cải thiện từ 49/63 lên 18/63 nhưng giá trị trung bình chung chỉ đạt 79,60%. Tỷ lệ "
        "điểm các chỉ số thành phần qua từng năm như sau:")
    d.table(t_field_ratios())
    d.h("2. Kết quả Chỉ số của các đơn vị trong tỉnh")
    d.p("Giá trị trung bình Chỉ số của các đơn vị tăng từ 58,16% năm 2016 lên 80,48% năm 2021; qua 06 năm chỉ đạt "
        "73,28%, thấp hơn cấp tỉnh 6,32%. Theo nhóm đơn vị:")
    d.table(t_group_means())
    d.p("Để cải thiện Chỉ số của tỉnh, Chỉ số của các đơn vị phải đạt giá trị cao hơn Chỉ số của tỉnh; các nhiệm vụ "
        "cụ thể được giao tại phụ lục kèm theo.")
    d.orientation(landscape=True)
    d.table(t_tasks())
    write_expected(name, d.build())


# =============================================================================================
# python-docx -> LibreOffice documents
# =============================================================================================


def html_paragraphs(text: str) -> list[str]:
    """Seed cells with <p>/<li> markup -> list of paragraphs."""
    if "<" not in text:
        return [text]
    items = re.findall(r"<(?:li|p)>(.*?)</(?:li|p)>", text, flags=re.S)
    return [" ".join(i.split()) for i in items if i.strip()]


def pl4_rows(last: int) -> list[list[list[str]]]:
    """Phụ lục 4 rows 1..last; each cell is a list of paragraphs."""
    rows: list[list[list[str]]] = []
    for cells in split_block(PL4_2023):
        cells = (cells + [""] * 4)[:4]
        paras = [html_paragraphs(c) if c else [] for c in cells]
        if cells[0] == "" and rows:
            for i, ps in enumerate(paras):
                if ps:
                    rows[-1][i].extend(ps)
        elif cells[0].rstrip(".").isdigit():
            rows.append(paras)
    return [r for r in rows if int(r[0][0].rstrip(".")) <= last]


def t_pl4() -> HTable:
    rows = pl4_rows(16)
    return HTable(title=["Phụ lục 4", "NGUYÊN NHÂN QUÁ HẠN ĐỐI VỚI CÁC TRƯỜNG HỢP TỒN ĐONG",
                         "TRONG GIẢI QUYẾT TTHC TRÊN ĐỊA BÀN TỈNH SÓC TRĂNG"],
                  header=[["STT", "Tên TTHC", "Nội dung vướng mắc", "Văn bản QPPL"]],
                  rows=[["\n".join(c) for c in r] for r in rows], kinds=["data"] * len(rows),
                  widths=[1.3, 6.5, 7.2, 2.6], size=12, valign="TOP", align=["CENTER", "LEFT", "LEFT", "LEFT"])


def t_ranking_2021() -> HTable:
    rows = [
        ["1", "Nhóm 1", "Chỉ số CCHC trên 90%", "-", "-", "-", "1", "1"],
        ["2", "Nhóm 2", "Chỉ số CCHC từ 80% đến dưới 90%", "14", "5", "-", "3", "22"],
        ["3", "Nhóm 3", "Chỉ số CCHC từ 65% đến dưới 80%", "5", "6", "3", "2", "16"],
        ["4", "Nhóm 4", "Chỉ số CCHC từ 50% đến dưới 65%", "-", "-", "1", "-", "1"],
        ["5", "Nhóm 5", "Chỉ số CCHC dưới 50%", "-", "-", "-", "-", "-"],
        ["", "TỔNG CỘNG", "", "19", "11", "4", "6", "40"],
    ]
    return HTable(title=["Kết quả xếp loại Chỉ số CCHC năm 2021 theo nhóm cơ quan, đơn vị"],
                  header=[["STT", ("Xếp loại Chỉ số CCHC năm 2021", 2, 1), "Sở ngành", "UBND cấp huyện",
                           "Đơn vị SNCL", "Cơ quan ngành dọc", "Tổng"]],
                  rows=rows, kinds=["data"] * 5 + ["total"], widths=[1.5, 1.9, 4.8, 1.6, 1.8, 1.6, 1.9, 1.4],
                  size=12, align=["CENTER", "LEFT", "LEFT"] + ["CENTER"] * 5)


def t_sipas_trend() -> HTable:
    return HTable(title=["Giá trị trung bình Chỉ số Sipas và Chỉ số CCHC các đơn vị qua các năm"],
                  header=[[("Chỉ số", 1, 2), ("Giá trị trung bình", 3, 1)], ["Năm 2019", "Năm 2020", "Năm 2021"]],
                  rows=[["Chỉ số Sipas", "88,15%", "92,39%", "94,06%"],
                        ["Chỉ số CCHC", "77,60%", "80,39%", "80,48%"]],
                  kinds=["data", "data"], widths=[5, 3, 3, 3], size=12, align=["LEFT", "CENTER", "CENTER", "CENTER"])


def t_group_means_docx() -> HTable:
    t = t_group_means(size=12)
    t.title = ["Giá trị trung bình Chỉ số CCHC theo nhóm đơn vị"]
    return t


def t_indicators_iv_v() -> HTable:
    rows, kinds = indicator_rows(CITY_IV_V)
    return HTable(title=["PHỤ LỤC", "THỐNG KÊ SỐ LIỆU VÀ KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH",
                         "NĂM 2024 (tiếp theo)"],
                  header=[["TT", "TÊN CHỈ TIÊU", "ĐƠN VỊ TÍNH", "Số lượng/ tỷ lệ", "Ghi chú"]],
                  rows=rows, kinds=kinds, widths=[1.2, 9.5, 3.2, 2.4, 7.5], size=12, valign="TOP",
                  align=["CENTER", "LEFT", "CENTER", "CENTER", "LEFT"], landscape=True)


class DocxDoc:
    def __init__(self, font: str, size: float):
        from docx import Document
        from docx.shared import Cm, Pt

        self.d = Document()
        st = self.d.styles["Normal"]
        st.font.name = font
        st.font.size = Pt(size)
        rpr = st.element.get_or_add_rPr()
        rfonts = rpr.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}rFonts")
        for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            from docx.oxml.ns import qn

            rfonts.set(qn(a), font)
        sec = self.d.sections[0]
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
        sec.left_margin, sec.right_margin = Cm(3.0), Cm(2.0)
        sec.top_margin, sec.bottom_margin = Cm(2.0), Cm(2.0)
        self.size = size
        self.tables: list[HTable] = []
        self.landscape_now = False

    def p(self, text: str, bold=False, center=False, italic=False, size=None, indent=True):
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        from docx.shared import Cm, Pt

        par = self.d.add_paragraph()
        if center:
            par.alignment = WD_ALIGN_PARAGRAPH.CENTER
        else:
            par.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            if indent:
                par.paragraph_format.first_line_indent = Cm(1.0)
        par.paragraph_format.space_after = Pt(4)
        self._runs(par, text, bold=bold, italic=italic, size=size)
        return par

    def _runs(self, par, text, bold=False, italic=False, size=None):
        from docx.shared import Pt

        pos = 0
        for m in list(MARK_RE.finditer(text)) + [None]:
            end = m.start() if m else len(text)
            if end > pos:
                r = par.add_run(text[pos:end])
                r.bold, r.italic = bold, italic
                if size:
                    r.font.size = Pt(size)
            if m:
                r = par.add_run(m.group(1))
                r.font.superscript = True
                r.bold = bold
                pos = m.end()

    def orientation(self, landscape: bool):
        from docx.enum.section import WD_ORIENT, WD_SECTION
        from docx.shared import Cm

        if landscape == self.landscape_now:
            return
        sec = self.d.add_section(WD_SECTION.NEW_PAGE)
        if landscape:
            sec.orientation = WD_ORIENT.LANDSCAPE
            sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
            sec.left_margin, sec.right_margin = Cm(2.0), Cm(2.0)
        else:
            sec.orientation = WD_ORIENT.PORTRAIT
            sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
            sec.left_margin, sec.right_margin = Cm(3.0), Cm(2.0)
        self.landscape_now = landscape

    def table(self, t: HTable):
        from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT as VA
        from docx.enum.table import WD_TABLE_ALIGNMENT
        from docx.enum.text import WD_ALIGN_PARAGRAPH as AL
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn
        from docx.shared import Cm, Pt

        if t.title:
            for line in t.title:
                par = self.p(line, bold=True, center=True)
                par.paragraph_format.keep_with_next = True
        sec = self.d.sections[-1]
        usable = (sec.page_width - sec.left_margin - sec.right_margin) / 360000.0  # cm
        tot = sum(t.widths)
        widths = [Cm(w * usable / tot) for w in t.widths]
        grid, spans = t.header_matrix()
        nh = len(grid)
        tab = self.d.add_table(rows=nh + len(t.rows), cols=t.ncols)
        tab.style = "Table Grid"
        tab.alignment = WD_TABLE_ALIGNMENT.CENTER
        tab.autofit = False
        for c, gc in enumerate(tab._tbl.tblGrid.gridCol_lst):
            gc.w = widths[c]
        for row in tab.rows:
            for c, cell in enumerate(row.cells):
                cell.width = widths[c]
        align = {"LEFT": AL.LEFT, "CENTER": AL.CENTER, "RIGHT": AL.RIGHT}

        def fill(cell, text, bold, al, valign):
            paras = text.split("\n") if text else [""]
            first = True
            for ptxt in paras:
                par = cell.paragraphs[0] if first else cell.add_paragraph()
                first = False
                par.alignment = al
                par.paragraph_format.space_after = Pt(0)
                self._runs(par, ptxt, bold=bold, size=t.size)
            cell.vertical_alignment = valign

        owner = {}
        for (r0, c0, r1, c1) in spans:
            for r in range(r0, r1 + 1):
                for c in range(c0, c1 + 1):
                    owner[(r, c)] = (r0, c0)
        for (r0, c0, r1, c1) in spans:
            tab.cell(r0, c0).merge(tab.cell(r1, c1))
        for r in range(nh):
            for c in range(t.ncols):
                if owner.get((r, c), (r, c)) == (r, c):
                    fill(tab.cell(r, c), grid[r][c], True, AL.CENTER, VA.CENTER)
            tr_pr = tab.rows[r]._tr.get_or_add_trPr()
            if t.repeat:
                el = OxmlElement("w:tblHeader")
                el.set(qn("w:val"), "true")
                tr_pr.append(el)
        for col, b0, b1 in t.vspans:
            tab.cell(nh + b0, col).merge(tab.cell(nh + b1, col))
        covered = {(nh + r, col) for col, b0, b1 in t.vspans for r in range(b0 + 1, b1 + 1)}
        va = VA.TOP if t.valign == "TOP" else VA.CENTER
        for r, (row, kind) in enumerate(zip(t.rows, t.kinds, strict=True)):
            for c, text in enumerate(row):
                if (nh + r, c) in covered:
                    continue
                fill(tab.cell(nh + r, c), text, kind in ("group", "total"),
                     align[(t.align or ["LEFT"] * t.ncols)[c]], va)
        self.tables.append(t)
        if t.note_after:
            self.p(t.note_after, size=self.size - 2, indent=False)
        self.d.add_paragraph()

    def save(self, path: str):
        self.d.save(path)


def docx_documents() -> dict[str, DocxDoc]:
    docs = {}
    # 1. ranking of units 2021 (seed 003 + 004), Times New Roman 13
    d = DocxDoc("Times New Roman", 13)
    d.p("ỦY BAN NHÂN DÂN TỈNH SÓC TRĂNG", bold=True, center=True)
    d.p("Kết quả xếp loại Chỉ số cải cách hành chính các cơ quan, đơn vị năm 2021", bold=True, center=True)
    d.p("Năm 2021, 100% (40/40) đơn vị tham gia xác định Chỉ số cải cách hành chính đều đạt tỷ lệ từ 60% trở lên. "
        "Theo kết quả công bố, các đơn vị được xếp vào các nhóm như sau:")
    d.table(t_ranking_2021())
    d.p("Giá trị trung bình Chỉ số của 40 đơn vị đạt 80,48%, tăng 0,09% so với năm 2020; giá trị trung bình Chỉ số "
        "Sipas đạt 94,06%, tăng 1,67%.")
    d.table(t_sipas_trend())
    d.p("Giá trị trung bình theo nhóm đơn vị thay đổi khác nhau qua từng năm:")
    d.table(t_group_means_docx())
    d.p("Nhóm cơ quan ngành dọc có giá trị trung bình cao nhất; nhóm đơn vị sự nghiệp công lập tỉnh thấp nhất.")
    docs["lo_ranking_2021.pdf"] = d

    # 2. Phụ lục 4 (seed 000): text-heavy rows, multi-paragraph cells, header repeated over pages
    d = DocxDoc("Times New Roman", 13)
    d.p("Phần lớn hồ sơ quá hạn trên Hệ thống thực tế đã được giải quyết đúng hạn nhưng chậm cập nhật; một số đơn "
        "vị đã gửi văn bản xin lỗi người dân, doanh nghiệp. Nguyên nhân cụ thể theo từng đơn vị như sau:")
    d.table(t_pl4())
    docs["lo_overdue_2023.pdf"] = d

    # 3. city indicators IV-V (seed 001) on a landscape section, Arial 11
    d = DocxDoc("Arial", 11)
    d.p("ỦY BAN NHÂN DÂN THÀNH PHỐ SÓC TRĂNG", bold=True, center=True)
    d.p("Danh sách công chức phụ trách công tác cải cách hành chính:", indent=False)
    t = t_contacts(note=True)
    t.size = 10
    t.title = None
    t.widths = [1.3, 4.0, 3.0, 3.3, 2.0, 5.6]
    d.table(t)
    d.p("Số liệu các lĩnh vực cải cách tổ chức bộ máy và chế độ công vụ được tổng hợp tại phụ lục sau.")
    d.orientation(landscape=True)
    d.table(t_indicators_iv_v())
    docs["lo_city_2024.pdf"] = d
    return docs


def find_pages(pdf_path: str, tables: list[HTable]) -> list[list[int]]:
    """Pages of each table in a LibreOffice PDF: the first page (from the previous table on) whose words
    include every word of the table's first body row, and likewise for its last body row."""
    import pdfplumber

    with pdfplumber.open(pdf_path) as pdf:
        pages = [set(unicodedata.normalize("NFC", w["text"]) for w in p.extract_words()) for p in pdf.pages]
    out = []
    cursor = 0
    for t in tables:
        found = []
        for row in (t.rows[0], t.rows[-1]):
            words = set(" ".join(MARK_RE.sub("", c) for c in row).split())
            for i in range(cursor, len(pages)):
                if words <= pages[i]:
                    found.append(i)
                    break
            else:
                raise RuntimeError(f"row {row[:2]!r} not found in {pdf_path}")
        cursor = found[1]
        out.append(list(range(found[0] + 1, found[1] + 2)))
    return out


def build_docx(keep: str | None) -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        print("soffice not found: LibreOffice documents (lo_*.pdf) left as they are")
        return
    with tempfile.TemporaryDirectory() as tmp:
        profile = os.path.join(tmp, "profile")
        for name, d in docx_documents().items():
            src = os.path.join(tmp, name.replace(".pdf", ".docx"))
            d.save(src)
            subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                            "--outdir", tmp, src], check=True, timeout=300, capture_output=True)
            shutil.copyfile(src.replace(".docx", ".pdf"), os.path.join(HERE, name))
            if keep:
                os.makedirs(keep, exist_ok=True)
                shutil.copyfile(src, os.path.join(keep, os.path.basename(src)))
            pages = find_pages(os.path.join(HERE, name), d.tables)
            write_expected(name, [t.expected(i + 1, pages[i]) for i, t in enumerate(d.tables)])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--no-docx", action="store_true", help="do not rebuild the LibreOffice documents")
    ap.add_argument("--keep-docx", metavar="DIR", help="also keep the .docx sources in DIR")
    args = ap.parse_args()
    build_sipas_opinion()
    build_city_cchc()
    build_scheme_tasks()
    if not args.no_docx:
        build_docx(args.keep_docx)


if __name__ == "__main__":
    sys.exit(main())
