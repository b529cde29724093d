"""Statements layer: one Arabic case per row, written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

import rasd
from rasd.document import Document, Entity, Statement
from rasd.extract.statements.stage import STAGE
from rasd.text.stages import SENTENCES, TOKENS

# text, index of the statement, cue, speaker, content, stance, mode
CASES = [
    # cue families, VSO order, clitics
    ("قال وزير الداخلية العراقي إن قوات الأمن اعتقلت خمسة مشتبه بهم في البصرة.", 0,
     "قال", "وزير الداخلية العراقي", "قوات الأمن اعتقلت خمسة مشتبه بهم في البصرة",
     "assert", "indirect"),
    ("وأعلنت الشرطة المصرية أنها أوقفت شبكة لتهريب الآثار.", 0,
     "أعلنت", "الشرطة المصرية", "أوقفت شبكة لتهريب الآثار", "assert", "indirect"),
    ("وأفاد مصدر طبي بأن حصيلة الضحايا ارتفعت إلى سبعة.", 0,
     "أفاد", "مصدر طبي", "حصيلة الضحايا ارتفعت إلى سبعة", "assert", "indirect"),
    ("ولفت رئيس الوزراء إلى أن الاقتصاد سيتعافى خلال العام المقبل.", 0,
     "لفت", "رئيس الوزراء", "الاقتصاد سيتعافى خلال العام المقبل", "assert", "indirect"),
    ("وكشف مسؤول رفيع عن أن المحادثات ستستأنف الأسبوع المقبل.", 0,
     "كشف", "مسؤول رفيع", "المحادثات ستستأنف الأسبوع المقبل", "assert", "indirect"),
    ("وقالت الخارجية الفرنسية في بيان إن باريس تتابع الوضع بقلق.", 0,
     "قالت", "الخارجية الفرنسية", "باريس تتابع الوضع بقلق", "assert", "indirect"),
    ("وتحدث المرصد عن سقوط عشرات الضحايا، في حين نفت الحكومة ذلك.", 0,
     "تحدث", "المرصد", "عن سقوط عشرات الضحايا", "assert", "indirect"),
    ("وتحدث المرصد عن سقوط عشرات الضحايا، في حين نفت الحكومة ذلك.", 1,
     "نفت", "الحكومة", "ذلك", "deny", "indirect"),
    # SVO order, auxiliary كان
    ("الحكومة الأردنية تعلن عن خطة لدعم المزارعين", 0,
     "تعلن", "الحكومة الأردنية", "عن خطة لدعم المزارعين", "assert", "indirect"),
    ("وكانت الأمم المتحدة قد أعلنت أن المساعدات وصلت إلى المدينة.", 0,
     "أعلنت", "الأمم المتحدة", "المساعدات وصلت إلى المدينة", "assert", "indirect"),
    # titles and apposition: the name is kept
    ("وقال المتحدث باسم وزارة الصحة، خالد عبد الغفار، إن اللقاح آمن.", 0,
     "قال", "خالد عبد الغفار", "اللقاح آمن", "assert", "indirect"),
    ("وقال سامي العلي، رئيس اتحاد الكرة، إن الدوري سيبدأ الشهر المقبل.", 0,
     "قال", "سامي العلي", "الدوري سيبدأ الشهر المقبل", "assert", "indirect"),
    ("وقال الوزير، ردا على سؤال، إن الحكومة لن تستقيل.", 0,
     "قال", "الوزير", "الحكومة لن تستقيل", "assert", "indirect"),
    ("وقال الوزير قبل أن يغادر القاعة إن الجلسة انتهت.", 0,
     "قال", "الوزير", "الجلسة انتهت", "assert", "indirect"),
    # anonymous and collective sources
    ("وقال سكان في المدينة إن القصف استمر طوال الليل.", 0,
     "قال", "سكان في المدينة", "القصف استمر طوال الليل", "assert", "indirect"),
    ("وأوضحت مصادر محلية لـ«الشرق الأوسط» أن الطريق أغلق.", 0,
     "أوضحت", "مصادر محلية", "الطريق أغلق", "assert", "indirect"),
    # statement nouns
    ("وأفاد بيان صادر عن الرئاسة بأن الزيارة ستستمر يومين.", 0,
     "أفاد", "الرئاسة", "الزيارة ستستمر يومين", "assert", "indirect"),
    ("وذكر بيان للوزارة أن الطرق مفتوحة.", 0,
     "ذكر", "وزارة", "الطرق مفتوحة", "assert", "indirect"),
    ("وجاء في بيان للجيش: «ستبقى المعابر مفتوحة أمام المسافرين».", 0,
     "جاء في بيان", "جيش", "ستبقى المعابر مفتوحة أمام المسافرين", "assert", "direct"),
    # channels: نقلت X عن Y, نقلا عن; «وفق ما ذكرت»
    ("ونقلت وكالة الأنباء الرسمية عن مسؤول في وزارة النفط أن الإنتاج سيرتفع.", 0,
     "نقلت", "مسؤول في وزارة النفط", "الإنتاج سيرتفع", "assert", "indirect"),
    ("وذكرت قناة محلية نقلا عن شهود عيان أن الانفجار وقع قرب السوق.", 0,
     "ذكرت", "شهود عيان", "الانفجار وقع قرب السوق", "assert", "indirect"),
    ("وقتل ثلاثة جنود في الهجوم، وفق ما ذكرت وكالة رويترز.", 0,
     "ذكرت", "وكالة رويترز", "وقتل ثلاثة جنود في الهجوم", "assert", "indirect"),
    ("وتراجعت صادرات القمح بنسبة 12 في المئة، وفقاً لما أوردته وزارة الزراعة.", 0,
     "أوردته", "وزارة الزراعة", "وتراجعت صادرات القمح بنسبة 12 في المئة", "assert",
     "indirect"),
    ("وأغلقت المدارس يومين، حسبما ذكرته السلطات المحلية.", 0,
     "ذكرته", "السلطات المحلية", "وأغلقت المدارس يومين", "assert", "indirect"),
    # quotations: colon, several sentences, across a line break, mixed, names
    ("وقال الوزير: «لن نرفع أسعار الوقود هذا العام».", 0,
     "قال", "الوزير", "لن نرفع أسعار الوقود هذا العام", "assert", "direct"),
    ("وأضاف رئيس البلدية: «الوضع صعب. لكننا سنعيد بناء كل شيء».", 0,
     "أضاف", "رئيس البلدية", "الوضع صعب. لكننا سنعيد بناء كل شيء", "assert", "direct"),
    ("وقال المدير: «بدأنا العمل مبكرا.\nوسننتهي قبل الموعد». ثم غادر.", 0,
     "قال", "المدير", "بدأنا العمل مبكرا.\nوسننتهي قبل الموعد", "assert", "direct"),
    ("وقال الوزير إن الحكومة «لن تتراجع عن الإصلاحات مهما كان الثمن».", 0,
     "قال", "الوزير", "الحكومة «لن تتراجع عن الإصلاحات مهما كان الثمن»", "assert", "mixed"),
    ("وأعلنت الهيئة أن «العمل سيستأنف».", 0,
     "أعلنت", "الهيئة", "«العمل سيستأنف»", "assert", "mixed"),
    ("وأعلن الجيش أن عناصر «الحركة الشعبية» انسحبوا من القرية.", 0,
     "أعلن", "الجيش", "عناصر «الحركة الشعبية» انسحبوا من القرية", "assert", "indirect"),
    # continuation: participles and subject-less verbs take the earlier speaker
    ("وقال المتحدث باسم البلدية إن المياه ستعود غدا، مضيفا أن أعمال الصيانة انتهت.", 1,
     "مضيفا", "المتحدث باسم البلدية", "أعمال الصيانة انتهت", "assert", "indirect"),
    ("وأكدت الوزارة أن الامتحانات ستجري في موعدها، مشيرة إلى أن النتائج ستعلن بعد شهر.", 0,
     "أكدت", "الوزارة", "الامتحانات ستجري في موعدها", "assert", "indirect"),
    ("وقال قائد الشرطة إن الوضع هادئ. وزاد أن الدوريات ستستمر طوال الليل.", 1,
     "زاد", "قائد الشرطة", "الدوريات ستستمر طوال الليل", "assert", "indirect"),
    ("وقال قائد الشرطة إن الوضع هادئ. وأضاف: «لا داعي للقلق».", 1,
     "أضاف", "قائد الشرطة", "لا داعي للقلق", "assert", "direct"),
    ("وقال مصدر أمني عراقي إن المسلحين فروا. وأوضح المصدر أن التمشيط مستمر.", 1,
     "أوضح", "مصدر أمني عراقي", "التمشيط مستمر", "assert", "indirect"),
    ("وأعلنت وزارة الصحة السعودية أن الإصابات تراجعت. وأكدت الوزارة أن المستشفيات جاهزة.", 1,
     "أكدت", "وزارة الصحة السعودية", "المستشفيات جاهزة", "assert", "indirect"),
    # siblings end a content
    ("وأعلنت الشرطة أنها اعتقلت مشتبها به، فيما قال شهود إن الانفجار هز الحي.", 0,
     "أعلنت", "الشرطة", "اعتقلت مشتبها به", "assert", "indirect"),
    ("وأعلنت الشرطة أنها اعتقلت مشتبها به، فيما قال شهود إن الانفجار هز الحي.", 1,
     "قال", "شهود", "الانفجار هز الحي", "assert", "indirect"),
    ("ورفض المتحدث التعليق، قبل أن يعلن الجيش أن العملية انتهت.", 0,
     "يعلن", "الجيش", "العملية انتهت", "assert", "indirect"),
    # stance from the cue, negation and content
    ("ولم ينف المتحدث أن المفاوضات متعثرة.", 0,
     "ينف", "المتحدث", "المفاوضات متعثرة", "assert", "indirect"),
    ("وقال الناطق العسكري إن الطائرات لم تقصف أي حي، نافيا أن يكون الجيش استهدف المدنيين.", 1,
     "نافيا", "الناطق العسكري", "يكون الجيش استهدف المدنيين", "deny", "indirect"),
    ("وقال مصدر في الرئاسة إن هذه الأنباء عارية عن الصحة.", 0,
     "قال", "مصدر في الرئاسة", "هذه الأنباء عارية عن الصحة", "deny", "indirect"),
    ("وأكد المتحدث أنه لا صحة لما تداولته مواقع التواصل.", 0,
     "أكد", "المتحدث", "لا صحة لما تداولته مواقع التواصل", "deny", "indirect"),
    ("واتهم وزير الخارجية الإيراني واشنطن بزعزعة استقرار المنطقة.", 0,
     "اتهم", "وزير الخارجية الإيراني", "واشنطن بزعزعة استقرار المنطقة", "accuse", "indirect"),
    ("ودان الأمين العام للأمم المتحدة الهجوم على القافلة.", 0,
     "دان", "الأمين العام للأمم المتحدة", "الهجوم على القافلة", "accuse", "indirect"),
    ("ونددت منظمة العفو الدولية باعتقال الصحافيين.", 0,
     "نددت", "منظمة العفو الدولية", "باعتقال الصحافيين", "accuse", "indirect"),
    ("وحذر خبراء الأرصاد من أن موجة الحر ستستمر أسبوعا.", 0,
     "حذر", "خبراء الأرصاد", "موجة الحر ستستمر أسبوعا", "warn", "indirect"),
    ("وهدد زعيم الحركة بأن أنصاره سيصعدون احتجاجاتهم.", 0,
     "هدد", "زعيم الحركة", "أنصاره سيصعدون احتجاجاتهم", "warn", "indirect"),
    ("وقال الجيش إن مسلحين هاجموا نقطة تفتيش قرب الحدود.", 0,
     "قال", "الجيش", "مسلحين هاجموا نقطة تفتيش قرب الحدود", "accuse", "indirect"),
    ("وأكد الجيش أن قواته صدت هجوما للمسلحين على البلدة.", 0,
     "أكد", "الجيش", "قواته صدت هجوما للمسلحين على البلدة", "assert", "indirect"),
    ("وقال الرئيس إن أي اعتداء على بلاده ستكون له عواقب وخيمة.", 0,
     "قال", "الرئيس", "أي اعتداء على بلاده ستكون له عواقب وخيمة", "warn", "indirect"),
    ("وقال المتحدث إنه لا علاقة للحركة بالهجوم.", 0,
     "قال", "المتحدث", "لا علاقة للحركة بالهجوم", "deny", "indirect"),
    ("وأكد الوزير أن بلاده لن تسمح بالمساس بأمنها.", 0,
     "أكد", "الوزير", "بلاده لن تسمح بالمساس بأمنها", "warn", "indirect"),
    ("وقالت الخارجية إن الاحتلال يتحمل المسؤولية الكاملة عن التصعيد.", 0,
     "قالت", "الخارجية", "الاحتلال يتحمل المسؤولية الكاملة عن التصعيد", "accuse", "indirect"),
    ("وقال سكان إن ثلاثة قتلوا خلال الهجوم.", 0,  # a known event is no accusation
     "قال", "سكان", "ثلاثة قتلوا خلال الهجوم", "assert", "indirect"),
    ("وأكد الجيش أن المسلحين شنوا هجوما على القرية.", 0,
     "أكد", "الجيش", "المسلحين شنوا هجوما على القرية", "accuse", "indirect"),
    ("أنقرة تنفي استهداف المدنيين في عفرين", 0,
     "تنفي", "أنقرة", "استهداف المدنيين في عفرين", "deny", "indirect"),
    ("ونفت وزارة الدفاع التركية، في بيان، مقتل أي من جنودها.", 0,
     "نفت", "وزارة الدفاع التركية", "مقتل أي من جنودها", "deny", "indirect"),
    # more speakers, contents and quotations
    ("وتابع المتحدث قائلاً: «لن نتراجع».", 0,
     "قائلاً", "المتحدث", "لن نتراجع", "assert", "direct"),
    ("وقال الوزير إن الخطة جاهزة. وتابع بالقول: «الطريق طويل».", 1,
     "تابع", "الوزير", "الطريق طويل", "assert", "direct"),
    ("وقال مسؤول، طلب عدم الكشف عن اسمه، إن الاتفاق بات وشيكا.", 0,
     "قال", "مسؤول", "الاتفاق بات وشيكا", "assert", "indirect"),
    ("ونقلت الصحيفة عن مسؤولين أمنيين أن الحدود أغلقت. وأضاف المسؤولون أن الإغلاق مؤقت.", 1,
     "أضاف", "مسؤولين أمنيين", "الإغلاق مؤقت", "assert", "indirect"),
    ("وأكد البيت الأبيض أن الرئيس سيلتقي نظيره الصيني، بينما رفض الكرملين التعليق.", 0,
     "أكد", "البيت الأبيض", "الرئيس سيلتقي نظيره الصيني", "assert", "indirect"),
    ("وقالت الأمم المتحدة إن نحو مليون شخص نزحوا، وفقا لأحدث تقديراتها.", 0,
     "قالت", "الأمم المتحدة", "نحو مليون شخص نزحوا", "assert", "indirect"),
    ("وأفادت وكالة الأنباء الرسمية بمقتل خمسة أشخاص في الانفجار.", 0,
     "أفادت", "وكالة الأنباء الرسمية", "مقتل خمسة أشخاص في الانفجار", "assert", "indirect"),
    ("وشدد وزير الخارجية على ضرورة وقف إطلاق النار فورا.", 0,
     "شدد", "وزير الخارجية", "على ضرورة وقف إطلاق النار فورا", "assert", "indirect"),
    ("ويتواصل الحوار في الوقت الذي يقول فيه الوسيط إن الحل قريب.", 0,
     "يقول", "الوسيط", "الحل قريب", "assert", "indirect"),
    ("وأشارت الوكالة إلى مقتل ثلاثة أشخاص في الحادث.", 0,
     "أشارت", "الوكالة", "مقتل ثلاثة أشخاص في الحادث", "assert", "indirect"),
    ("وتوقع المحلل أن ترتفع الأسعار.", 0,
     "توقع", "المحلل", "ترتفع الأسعار", "assert", "indirect"),
    ("وقال شهود لرويترز إن الدخان تصاعد من المبنى.", 0,
     "قال", "شهود", "الدخان تصاعد من المبنى", "assert", "indirect"),
    ("وقال أحد السكان، ويدعى محمد، إن القصف لم يتوقف.", 0,
     "قال", "أحد السكان", "القصف لم يتوقف", "assert", "indirect"),
    ("وقال النائب أحمد علي إن البرلمان سيصوت غدا.", 0,  # علي the name, not على
     "قال", "أحمد علي", "البرلمان سيصوت غدا", "assert", "indirect"),
    ("وأعلنت الشرطة الأردنية ضبط كميات من المخدرات في عمان.", 0,
     "أعلنت", "الشرطة الأردنية", "ضبط كميات من المخدرات في عمان", "assert", "indirect"),
    ("وكان الحزب قد هدد في 2 مايو 2021 بمقاطعة الانتخابات.", 0,
     "هدد", "الحزب", "مقاطعة الانتخابات", "warn", "indirect"),
    ("واتهمت الشرطة حركة الشباب بتنفيذ الهجوم.", 0,
     "اتهمت", "الشرطة", "حركة الشباب بتنفيذ الهجوم", "accuse", "indirect"),
    ("واتهمت الحكومة الصومالية حركة الشباب بالهجوم، فيما نفت حركة الشباب في بيان أي صلة لها "
     "بالتفجير.", 1, "نفت", "حركة الشباب", "أي صلة لها بالتفجير", "deny", "indirect"),
    ("وقال الجيش إن الوضع هادئ. وردت «حماس» بإطلاق صواريخ، مؤكدة أن الرد جاء انتقاما.", 1,
     "مؤكدة", "حماس", "الرد جاء انتقاما", "assert", "indirect"),
    ("وقالت الشرطة إن مجموعة مسلحة تقف وراء الهجوم.", 0,
     "قالت", "الشرطة", "مجموعة مسلحة تقف وراء الهجوم", "accuse", "indirect"),
    ("وقال الوزير إن الوضع هادئ. وهو ما أكده عمرو موسى الذي أوضح أن الحوار مستمر.", 1,
     "أوضح", "عمرو موسى", "الحوار مستمر", "assert", "indirect"),
    ("وقال الوزير إن الخطة ستعيد المفاوضات «إلى نقطة الصفر».", 0,  # إلى folds like ال…
     "قال", "الوزير", "الخطة ستعيد المفاوضات «إلى نقطة الصفر»", "assert", "mixed"),
    ("وجلس المدرب معهم ثم قال إن الفريق جاهز.", 0,  # «معهم» is no subject
     "قال", None, "الفريق جاهز", "assert", "indirect"),
    ("وأفاد مصدر بالجيش بأن الطريق مغلق.", 0,
     "أفاد", "مصدر بالجيش", "الطريق مغلق", "assert", "indirect"),
    ('وقال المدير: "نعمل مع وكالة "ناسا" منذ سنوات".', 0,
     "قال", "المدير", 'نعمل مع وكالة "ناسا" منذ سنوات', "assert", "direct"),
    # a cue in the speaker's own quoted words is what they said; a condemnation is accuse
    ("وقال رئيس البلدية إن «المجلس يدين التخريب الذي طال الحدائق العامة».", 0,
     "قال", "رئيس البلدية", "«المجلس يدين التخريب الذي طال الحدائق العامة»", "accuse",
     "mixed"),
    # «حذر من …»: من is left out; a quotation that is the whole content is direct
    ("وحذر الخبراء من انهيار أسعار العقارات.", 0,
     "حذر", "الخبراء", "انهيار أسعار العقارات", "warn", "indirect"),
    ("وحذرت هيئة الأرصاد، بحسب نشرتها الصباحية، من «أمطار غزيرة قد تغمر الأودية».", 0,
     "حذرت", "هيئة الأرصاد", "«أمطار غزيرة قد تغمر الأودية»", "warn", "direct"),
    # a title with a complement, then the name; «عضو اللجنة» is a title, «عضو في» anonymous
    ("وقال عضو المكتب السياسي للحزب عن محافظة البصرة، النائب كريم الساعدي، إن التحالف باق.",
     0, "قال", "كريم الساعدي", "التحالف باق", "assert", "indirect"),
    ("وقال عضو اللجنة، خالد المنصوري، إن التصويت أرجئ.", 0,
     "قال", "خالد المنصوري", "التصويت أرجئ", "assert", "indirect"),
    ("وقال عضو في اللجنة، طلب عدم ذكر اسمه، إن التصويت أرجئ.", 0,
     "قال", "عضو في اللجنة", "التصويت أرجئ", "assert", "indirect"),
    # «فيه» points back to a statement noun: its author speaks
    ("وردت النقابة على بيان نشرته إدارة المستشفى أمس، اتهمت فيه الأطباء بـ«التقصير في أداء "
     "واجبهم المهني».", 0, "اتهمت", "إدارة المستشفى",
     "الأطباء بـ«التقصير في أداء واجبهم المهني»", "accuse", "mixed"),
    ("وتحدث الوزير عن بيان أصدرته لجنة الانتخابات، ذكرت فيه أن نسبة المشاركة بلغت 40 في المئة.",
     1, "ذكرت", "لجنة الانتخابات", "نسبة المشاركة بلغت 40 في المئة", "assert", "indirect"),
    # «في بيان» closes an unnamed speaker: what follows up to the comma is the object
    ("ونفت إدارة السجون المركزية في بيان تعذيب النزلاء، وأكدت أن الزيارات مستمرة.", 0,
     "نفت", "إدارة السجون المركزية", "تعذيب النزلاء", "deny", "indirect"),
    ("ونفت إدارة السجون المركزية في بيان تعذيب النزلاء، وأكدت أن الزيارات مستمرة.", 1,
     "أكدت", "إدارة السجون المركزية", "الزيارات مستمرة", "assert", "indirect"),
    ("وقال محامي المعتقلين إن الشرطة استخدمت القوة المفرطة لتفريق الاعتصام.", 0,
     "قال", "محامي المعتقلين", "الشرطة استخدمت القوة المفرطة لتفريق الاعتصام", "accuse",
     "indirect"),
    # a participle after a non-speech verb speaks for the subject after an opening كان
    ("وقال الوزير إن الوضع مستقر. وكانت رئيسة البلدية سلمى الحداد قد زارت الحي المتضرر، "
     "مؤكدة أن الإصلاحات ستنتهي قريبا.", 1,
     "مؤكدة", "سلمى الحداد", "الإصلاحات ستنتهي قريبا", "assert", "indirect"),
    # a bare object: the speaker's genitive chain ends it; a comma before a sibling cue
    # sets off no speaker; «باسم» continues a title
    ("واتهم رئيس النقابة الإدارة بتجاهل مطالب العمال، مهددا بالإضراب.", 0,
     "اتهم", "رئيس النقابة", "الإدارة بتجاهل مطالب العمال", "accuse", "indirect"),
    ("واتهمت الحكومة المعارضة بعرقلة الإصلاحات، فيما نفت المعارضة ذلك.", 0,
     "اتهمت", "الحكومة", "المعارضة بعرقلة الإصلاحات", "accuse", "indirect"),
    ("واتهم رئيس النقابة الإدارة بتجاهل مطالب العمال، مهددا بالإضراب.", 1,
     "مهددا", "رئيس النقابة", "الإضراب", "warn", "indirect"),
    ("ونفى المتحدث باسم البلدية وجود أي تسرب في شبكة المياه، مشدداً على أن المياه نظيفة.", 0,
     "نفى", "المتحدث باسم البلدية", "وجود أي تسرب في شبكة المياه", "deny", "indirect"),
    ("ونفى المتحدث باسم البلدية وجود أي تسرب في شبكة المياه، مشدداً على أن المياه نظيفة.", 1,
     "مشدداً", "المتحدث باسم البلدية", "المياه نظيفة", "assert", "indirect"),
    ("وقال مصدر مقرب من الحكومة لـ«الشرق الأوسط» إن الميزانية ستقر الشهر المقبل.", 0,
     "قال", "مصدر مقرب من الحكومة", "الميزانية ستقر الشهر المقبل", "assert", "indirect"),
    # نقل is the verb, not the jussive «(لم) نقل» of قال
    ("ونقل التلفزيون الرسمي عن مصدر طبي أن المصابين نقلوا إلى المستشفى.", 0,
     "نقل", "مصدر طبي", "المصابين نقلوا إلى المستشفى", "assert", "indirect"),
]


@pytest.mark.parametrize(("text", "index", "cue", "speaker", "content", "stance", "mode"), CASES)
def test_statement(text: str, index: int, cue: str, speaker: str, content: str, stance: str,
                   mode: str) -> None:
    found = rasd.analyze(text).statements[index]
    assert (found.cue.text, found.speaker.text if found.speaker else None, found.content.text,
            found.stance, found.mode) == (cue, speaker, content, stance, mode)


@pytest.mark.parametrize("text", [
    "وبحسب الإحصاءات الرسمية، تراجعت البطالة إلى تسعة في المئة.",  # «بحسب X» alone
    "وتشير التقارير إلى أن الأسعار سترتفع.",  # evidence, not a speaker
    "وزاد عدد الزوار هذا العام بنسبة كبيرة.",  # زاد = increased
    "وتابع الطلاب دروسهم رغم الحر.",  # تابع = followed
    "ونشرت الصحيفة صورا للحادث.",  # a publishing verb alone
    "وأعلن الحداد ثلاثة أيام في البلاد.",  # no content introduced
    "وتحمل الشاحنات مواد غذائية إلى المخيم.",  # حمل without مسؤولية
    "ويذكر أن المدينة شهدت احتجاجات مماثلة العام الماضي.",  # the reporter's aside
    "ويتوقع أن ترتفع الأسعار.",  # impersonal: no one is reported
    "والأمر بينٌ لكل متابع أن الأزمة طويلة.",  # بينٌ with tanween is an adjective
    "وبقي المستثمرون حذراً طوال الأسبوع من تقلبات الأسواق.",  # حذراً: no verb with tanween
    "ولم تشر الوكالة إلى عدد الضحايا.",  # a negated cue with a preposition: nothing said
    "وأعلن الرئيس حالة الطوارئ في البلاد.",  # أعلن + object needs a named speaker
    "وجاء نفي الشركة ردا على تقارير صحافية عن إفلاسها.",  # نفي: a noun; no «على …» object
    "وكانت أنباء تحدثت عن استقالة المدرب قبل المباراة.",  # reports are evidence, no speaker
])
def test_no_statement(text: str) -> None:
    assert rasd.analyze(text).statements == ()


def _one(text: str, index: int = 0) -> Statement:
    return rasd.analyze(text).statements[index]


def test_inherited_speaker_is_marked() -> None:
    text = "وقال المحافظ إن الطرق سالكة. وتابع: «سنفتح المدارس غدا»."
    first, second = rasd.analyze(text).statements
    assert not first.inherited and second.inherited
    assert second.speaker == first.speaker


def test_anaphor_keeps_its_mention() -> None:
    doc = rasd.analyze("وأعلنت وزارة النقل الكويتية أن الرحلات ستستأنف. "
                       "وأوضحت الوزارة أن المطار جاهز.")
    second = doc.statements[1]
    assert second.speaker is not None and second.speaker.text == "وزارة النقل الكويتية"
    assert second.mention is not None and second.mention.text == "الوزارة"


def test_nested_statement_points_to_the_outer_one() -> None:
    outer, inner = rasd.analyze("وقال السفير إن الرئيس أعلن أن بلاده ستشارك في المؤتمر.").statements
    assert outer.content.text == "الرئيس أعلن أن بلاده ستشارك في المؤتمر"
    assert (inner.cue.text, inner.speaker.text if inner.speaker else None) == ("أعلن", "الرئيس")
    assert inner.via == 0 and outer.via is None


def test_channel_is_recorded() -> None:
    found = _one("ونقلت وكالة الأنباء الرسمية عن مسؤول في وزارة النفط أن الإنتاج سيرتفع.")
    assert found.channel is not None and found.channel.text == "وكالة الأنباء الرسمية"
    assert found.cue_lemma == "نقل"


def test_negated_cue() -> None:
    found = _one("ولم ينف المتحدث أن المفاوضات متعثرة.")
    assert found.negated and found.stance == "assert" and found.cue_lemma == "نفى"


@pytest.mark.parametrize("text", [
    "وقال المزارع إن «الجفاف يهدد بضياع الموسم كله».",
    "وأكدت النقابة أن «العمال يرون أن الأجور لم تعد تكفي».",
])
def test_cue_in_quoted_words_is_no_statement(text: str) -> None:
    assert len(rasd.analyze(text).statements) == 1


@pytest.mark.parametrize("text", [
    "ونفت الشركة أمس صحة أنباء تحدثت عن إفلاسها.",
    "ونفى النادي، في بيان، صحة تقارير أفادت بأن المدرب استقال.",
])
def test_denied_reports_are_no_speaker(text: str) -> None:
    assert len(rasd.analyze(text).statements) == 1


def test_cue_excludes_the_conjunction() -> None:
    found = _one("فأكدت اللجنة أن النتائج نهائية.")
    assert found.cue.text == "أكدت"


def test_diacritics_and_tatweel_keep_offsets() -> None:
    text = "وقـــال الوزيرُ إنّ الاتفاقَ نهائيٌّ."
    found = _one(text)
    assert found.cue.text == "قـــال" and found.speaker is not None
    assert found.speaker.text == "الوزيرُ" and found.content.text == "الاتفاقَ نهائيٌّ"


def test_headline_statement() -> None:
    doc = rasd.analyze("وصل الوفد أمس إلى العاصمة.",
                       title="بيان منسوب لقائد الجيش: لن نتدخل في السياسة")
    assert doc.headline is not None
    (found,) = doc.headline.statements
    assert found.speaker is not None and found.speaker.text == "قائد الجيش"
    assert (found.cue.text, found.content.text, found.mode) == ("بيان", "لن نتدخل في السياسة",
                                                                "direct")


def _with_entities(text: str, entities: list[tuple[str, str, str | None]]) -> Document:
    """A document whose entities layer holds the given (surface, type, actor id)."""
    doc = Document(text)
    for stage in (TOKENS, SENTENCES):
        stage(doc)
    found = []
    for surface, kind, actor in entities:
        start = text.index(surface)
        found.append(Entity(doc.span(start, start + len(surface)), kind, actor_id=actor))
    doc.add_layer("entities", found)
    STAGE(doc)
    return doc


def test_person_named_inside_a_title_is_the_speaker() -> None:
    doc = _with_entities("وقال وزير الخارجية المصري سامح شكري إن المحادثات مثمرة.",
                         [("سامح شكري", "PER", "EGY-shoukry")])
    (found,) = doc.statements
    assert found.speaker is not None and found.speaker.text == "سامح شكري"
    assert found.mention is not None and found.mention.text == "وزير الخارجية المصري سامح شكري"
    assert found.speaker_id == "EGY-shoukry"


def test_speaker_linked_to_an_organization() -> None:
    doc = _with_entities("وأعلنت وزارة الدفاع الروسية أن الطائرات عادت.",
                         [("وزارة الدفاع الروسية", "ORG", "RUS-mod")])
    (found,) = doc.statements
    assert found.speaker is not None and found.speaker.text == "وزارة الدفاع الروسية"
    assert found.speaker_id == "RUS-mod" and found.mention is None


FIXTURES = Path(__file__).parents[1] / "fixtures"
ARTICLE = (FIXTURES / "statements-article.txt").read_text(encoding="utf-8")
ARTICLE_2 = (FIXTURES / "statements-article-2.txt").read_text(encoding="utf-8")


def test_article_flow() -> None:
    """Speakers carried across sentences, channels, siblings and statement nouns."""
    found = [(s.cue.text, s.speaker.text if s.speaker else None, s.stance, s.mode, s.inherited)
             for s in rasd.analyze(ARTICLE).statements]
    assert found == [
        ("أعلن", "الجيش الليبي", "assert", "indirect", False),
        ("قال", "العقيد سالم المهدي", "assert", "mixed", False),
        ("أضاف", "العقيد سالم المهدي", "assert", "indirect", True),
        ("مشيرا", "العقيد سالم المهدي", "assert", "indirect", True),
        ("نفت", "الجماعة المسلحة", "deny", "indirect", False),
        ("اتهمت", "الجماعة المسلحة", "accuse", "indirect", True),
        ("جاء في البيان", "الجماعة المسلحة", "assert", "direct", True),
        ("نقلت", "مصدر طبي", "assert", "indirect", False),
        ("قال", "سكان", "assert", "indirect", False),
        ("أوضح", "مصدر طبي", "assert", "indirect", True),
        ("حذرت", "الأمم المتحدة", "warn", "mixed", False),
    ]


def test_article_flow_negation_siblings_and_attribution() -> None:
    """Negated cue, «لكنها قالت», a quotation over a line break, «وفق ما أعلنت»."""
    found = [(s.cue.text, s.speaker.text if s.speaker else None, s.content.text, s.stance,
              s.mode, s.negated) for s in rasd.analyze(ARTICLE_2).statements]
    assert found == [
        ("قالت", "وزارة الصحة في غزة", "حصيلة القتلى ارتفعت إلى 40", "assert", "indirect",
         False),
        ("تنف", "المصادر الإسرائيلية", "الغارة استهدفت مبنى سكنيا", "assert", "indirect", True),
        ("قالت", "المصادر الإسرائيلية", "«عناصر مسلحة كانت تستخدمه»", "assert", "mixed", False),
        ("قال", "الناطق باسم الحكومة",
         "رئيس الوزراء أبلغ الوسطاء أن المفاوضات ستستأنف الأسبوع المقبل", "assert", "indirect",
         False),
        ("تابع", "الناطق باسم الحكومة", "لن نتخلى عن مطالبنا.\nنحن مستعدون للحوار", "assert",
         "direct", False),
        ("أعلنت", "الهيئة العامة للبترول", "وارتفعت أسعار الوقود بنسبة عشرة في المئة", "assert",
         "indirect", False),
    ]


def test_entity_closes_the_speaker_of_a_bare_object() -> None:
    doc = _with_entities("وحمّل رئيس الحكومة نجيب ميقاتي المعارضة مسؤولية تعطيل الانتخابات.",
                         [("نجيب ميقاتي", "PER", None)])
    (found,) = doc.statements
    assert found.speaker is not None and found.speaker.text == "نجيب ميقاتي"
    assert found.content.text == "المعارضة مسؤولية تعطيل الانتخابات"
    assert found.stance == "accuse"


def test_quoted_entity_is_a_name_not_speech() -> None:
    doc = _with_entities("وقال الجيش إن «داعش» انسحب من البلدة.", [("داعش", "ORG", None)])
    (found,) = doc.statements
    assert found.mode == "indirect"


def test_overlapping_contents_do_not_loop() -> None:
    text = ("وكانت المصادر أشارت كذلك إلى «أن الوزير التقى نظيره في مايو، وتم الاتفاق على "
            "التعاون، كما أعلنت الحكومة نيتها استثمار مليار دولار في المشروع».")
    found = rasd.analyze(text).statements
    assert found and all(s.via is None or s.via < len(found) for s in found)
