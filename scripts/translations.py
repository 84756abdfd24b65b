"""Fill the ru and uz catalogues from the table below (``python scripts/translations.py``).

The .po files are the source of truth once filled; this table is how they were first
written and is kept so that a reviewer can read all three languages side by side.
Run ``make messages`` afterwards to compile.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parent.parent

# msgid (or "context\x04msgid" for a pgettext entry): (Russian, Uzbek Latin)
T: dict[str, tuple[str, str]] = {
    "English": ("Английский", "Inglizcha"),
    "Russian": ("Русский", "Ruscha"),
    "Uzbek": ("Узбекский", "Oʻzbekcha"),
    "Accounts": ("Учётные записи", "Hisoblar"),
    "Home": ("Главная", "Bosh sahifa"),
    "Posts": ("Представительства", "Vakolatxonalar"),
    "Audit trail": ("Журнал аудита", "Audit jurnali"),
    "Locked accounts": ("Заблокированные учётные записи", "Bloklangan hisoblar"),
    "My account": ("Моя учётная запись", "Mening hisobim"),
    "E-mail address": ("Адрес электронной почты", "Elektron pochta manzili"),
    "The e-mail address or the password is wrong.": (
        "Неверный адрес электронной почты или пароль.",
        "Elektron pochta manzili yoki parol notoʻgʻri.",
    ),
    "This account is disabled.": ("Эта учётная запись отключена.", "Bu hisob oʻchirilgan."),
    "Token name": ("Название токена", "Token nomi"),
    "What the token is for, e.g. 'manifest import script'.": (
        "Для чего токен, например «скрипт импорта манифеста».",
        "Token nima uchun, masalan, «manifest import skripti».",
    ),
    "Reason": ("Причина", "Sabab"),
    "This account is locked after %(failures)d failed sign-in attempts. It unlocks by itself in %(minutes)d minutes, or an administrator can unlock it now.": (
        "Эта учётная запись заблокирована после %(failures)d неудачных попыток входа. "
        "Она разблокируется сама через %(minutes)d мин., или администратор может "
        "разблокировать её сейчас.",
        "Bu hisob %(failures)d ta muvaffaqiyatsiz kirish urinishidan soʻng bloklandi. "
        "U %(minutes)d daqiqadan keyin oʻzi ochiladi yoki administrator uni hozir ochishi mumkin.",
    ),
    "e-mail address": ("адрес электронной почты", "elektron pochta manzili"),
    "full name": ("полное имя", "toʻliq ism"),
    "active": ("активен", "faol"),
    "joined": ("зарегистрирован", "qoʻshilgan"),
    "user": ("пользователь", "foydalanuvchi"),
    "users": ("пользователи", "foydalanuvchilar"),
    "Ministry or state agency": ("Министерство или госорган", "Vazirlik yoki davlat idorasi"),
    "Embassy or consulate": ("Посольство или консульство", "Elchixona yoki konsullik"),
    "Non-governmental organisation": (
        "Неправительственная организация",
        "Nodavlat notijorat tashkilot",
    ),
    "International organisation": ("Международная организация", "Xalqaro tashkilot"),
    "Host-country authority": ("Орган страны пребывания", "Mezbon davlat organi"),
    "name": ("название", "nomi"),
    "kind": ("вид", "turi"),
    "part of": ("входит в", "tarkibida"),
    "an embassy is part of its ministry": (
        "посольство входит в своё министерство",
        "elchixona oʻz vazirligi tarkibida",
    ),
    "country": ("страна", "davlat"),
    "ISO 3166-1 alpha-2": ("ISO 3166-1 alpha-2", "ISO 3166-1 alpha-2"),
    "organisation": ("организация", "tashkilot"),
    "organisations": ("организации", "tashkilotlar"),
    "city": ("город", "shahar"),
    "where the post sits": ("где находится представительство", "vakolatxona joylashgan joy"),
    "jurisdiction everywhere": ("юрисдикция везде", "hamma joyda vakolatli"),
    "post": ("представительство", "vakolatxona"),
    "posts": ("представительства", "vakolatxonalar"),
    "region": ("регион", "hudud"),
    "role": ("роль", "rol"),
    "granted": ("назначена", "berilgan"),
    "prefix": ("префикс", "prefiks"),
    "created": ("создан", "yaratilgan"),
    "last used": ("последнее использование", "oxirgi foydalanish"),
    "revoked": ("отозван", "bekor qilingan"),
    "Hotline operator": ("Оператор горячей линии", "Ishonch telefoni operatori"),
    "Consular officer": ("Консульский сотрудник", "Konsullik xodimi"),
    "Agency liaison": ("Представитель ведомства", "Idora vakili"),
    "Partner": ("Партнёр", "Hamkor"),
    "Supervisor": ("Руководитель", "Rahbar"),
    "Analyst": ("Аналитик", "Tahlilchi"),
    "Auditor": ("Аудитор", "Auditor"),
    "Protection officer": ("Сотрудник по защите", "Himoya boʻyicha xodim"),
    "Administrator": ("Администратор", "Administrator"),
    "You take calls and messages, find or register the person, open a request and give the caller a tracking code.": (
        "Вы принимаете звонки и сообщения, находите или регистрируете человека, "
        "открываете обращение и сообщаете звонящему код для отслеживания.",
        "Siz qoʻngʻiroq va xabarlarni qabul qilasiz, shaxsni topasiz yoki roʻyxatga olasiz, "
        "murojaat ochasiz va qoʻngʻiroq qiluvchiga kuzatuv kodini berasiz.",
    ),
    "You work the cases of your post's jurisdiction: visits, legal aid, documents, notes to host authorities and repatriation.": (
        "Вы ведёте дела в юрисдикции своего представительства: посещения, юридическая помощь, "
        "документы, ноты властям страны пребывания и репатриация.",
        "Siz vakolatxonangiz hududidagi ishlarni yuritasiz: tashriflar, huquqiy yordam, "
        "hujjatlar, mezbon davlat organlariga notalar va vatanga qaytarish.",
    ),
    "You receive tasks addressed to your agency and answer them.": (
        "Вы получаете задачи, адресованные вашему ведомству, и отвечаете на них.",
        "Siz idorangizga yuborilgan topshiriqlarni qabul qilasiz va ularga javob berasiz.",
    ),
    "You see the cases and operations shared with your organisation.": (
        "Вы видите дела и операции, которыми поделились с вашей организацией.",
        "Siz tashkilotingiz bilan ulashilgan ishlar va operatsiyalarni koʻrasiz.",
    ),
    "You watch the load, overdue tasks and deadlines of your organisation's posts.": (
        "Вы следите за нагрузкой, просроченными задачами и сроками представительств "
        "вашей организации.",
        "Siz tashkilotingiz vakolatxonalarining ish hajmi, muddati oʻtgan topshiriqlari "
        "va muddatlarini kuzatasiz.",
    ),
    "You follow the monitoring feed, incidents and aggregate reports.": (
        "Вы следите за лентой мониторинга, инцидентами и сводными отчётами.",
        "Siz monitoring lentasi, hodisalar va umumlashtirilgan hisobotlarni kuzatasiz.",
    ),
    "You review who saw and changed what; the audit trail is yours to read.": (
        "Вы проверяете, кто что видел и изменял; журнал аудита открыт для вас.",
        "Siz kim nimani koʻrgani va oʻzgartirganini tekshirasiz; audit jurnali siz uchun ochiq.",
    ),
    "You hold the protection compartment: asylum history, victim status, risk on return.": (
        "Вы ведёте защищённый раздел: история убежища, статус жертвы, риск при возвращении.",
        "Siz himoyalangan boʻlimni yuritasiz: boshpana tarixi, jabrlanuvchi maqomi, "
        "qaytishdagi xavf.",
    ),
    "You manage accounts, posts and roles, and unlock locked accounts.": (
        "Вы управляете учётными записями, представительствами и ролями и разблокируете "
        "учётные записи.",
        "Siz hisoblar, vakolatxonalar va rollarni boshqarasiz hamda bloklangan hisoblarni ochasiz.",
    ),
    "Name": ("Имя", "Ism"),
    "Roles": ("Роли", "Rollar"),
    "API tokens": ("API-токены", "API tokenlari"),
    "Scripts use a token in the header 'Authorization: Bearer <token>'.": (
        "Скрипты передают токен в заголовке 'Authorization: Bearer <token>'.",
        "Skriptlar tokenni 'Authorization: Bearer <token>' sarlavhasida yuboradi.",
    ),
    "API documentation": ("Документация API", "API hujjatlari"),
    "Copy this token now; it is not shown again:": (
        "Скопируйте токен сейчас, больше он не будет показан:",
        "Tokenni hozir nusxalang, u qayta koʻrsatilmaydi:",
    ),
    "Token": ("Токен", "Token"),
    "Created": ("Создан", "Yaratilgan"),
    "Last used": ("Последнее использование", "Oxirgi foydalanish"),
    "Revoke": ("Отозвать", "Bekor qilish"),
    "No tokens.": ("Токенов нет.", "Tokenlar yoʻq."),
    "Create token": ("Создать токен", "Token yaratish"),
    "Welcome, %(name)s": ("Здравствуйте, %(name)s", "Xush kelibsiz, %(name)s"),
    "You hold no role yet. Ask an administrator to give you one at your post.": (
        "У вас пока нет роли. Попросите администратора назначить её в вашем представительстве.",
        "Sizda hali rol yoʻq. Administratordan vakolatxonangizda rol berishini soʻrang.",
    ),
    "Active users": ("Активные пользователи", "Faol foydalanuvchilar"),
    "Latest events": ("Последние события", "Soʻnggi hodisalar"),
    "The whole audit trail": ("Весь журнал аудита", "Butun audit jurnali"),
    "Jurisdiction": ("Юрисдикция", "Vakolat hududi"),
    "Colleagues at this post": (
        "Коллеги в этом представительстве",
        "Shu vakolatxonadagi hamkasblar",
    ),
    "Post": ("Представительство", "Vakolatxona"),
    "Staff": ("Сотрудники", "Xodimlar"),
    "everywhere": ("везде", "hamma joyda"),
    "Failed attempts": ("Неудачные попытки", "Muvaffaqiyatsiz urinishlar"),
    "Unlocks by itself at": ("Разблокируется сама в", "Oʻzi ochiladigan vaqt"),
    "No account is locked.": ("Заблокированных учётных записей нет.", "Bloklangan hisob yoʻq."),
    "Unlock an account": ("Разблокировать учётную запись", "Hisobni ochish"),
    "Unlock": ("Разблокировать", "Ochish"),
    "Sign in": ("Войти", "Kirish"),
    "Password": ("Пароль", "Parol"),
    "Organisation": ("Организация", "Tashkilot"),
    "City": ("Город", "Shahar"),
    "Role": ("Роль", "Rol"),
    "Nobody works at this post yet.": (
        "В этом представительстве пока никто не работает.",
        "Bu vakolatxonada hali hech kim ishlamaydi.",
    ),
    "No posts are within your reach.": (
        "Вам не доступно ни одно представительство.",
        "Sizga birorta vakolatxona ochiq emas.",
    ),
    "Give the token a name.": ("Дайте токену название.", "Tokenga nom bering."),
    "The token was revoked.": ("Токен отозван.", "Token bekor qilindi."),
    "%(email)s can sign in again.": ("%(email)s снова может войти.", "%(email)s yana kira oladi."),
    "Common": ("Общее", "Umumiy"),
    "sequence": ("номер", "tartib raqami"),
    "time": ("время", "vaqt"),
    "actor": ("исполнитель", "bajaruvchi"),
    "action": ("действие", "harakat"),
    "target type": ("тип объекта", "obyekt turi"),
    "target id": ("идентификатор объекта", "obyekt identifikatori"),
    "changes": ("изменения", "oʻzgarishlar"),
    "reason": ("причина", "sabab"),
    "request id": ("идентификатор запроса", "soʻrov identifikatori"),
    "IP address": ("IP-адрес", "IP manzil"),
    "audit event": ("событие аудита", "audit hodisasi"),
    "audit events": ("события аудита", "audit hodisalari"),
    "audit chain head": ("вершина цепочки аудита", "audit zanjiri boshi"),
    "Action": ("Действие", "Harakat"),
    "Actor": ("Исполнитель", "Bajaruvchi"),
    "Target": ("Объект", "Obyekt"),
    "Filter": ("Отфильтровать", "Saralash"),
    "Newer": ("Новее", "Yangiroq"),
    "Page %(number)s of %(total)s": (
        "Страница %(number)s из %(total)s",
        "%(total)s sahifadan %(number)s-sahifa",
    ),
    "Older": ("Старее", "Eskiroq"),
    "Time": ("Время", "Vaqt"),
    "system": ("система", "tizim"),
    "No events.": ("Событий нет.", "Hodisalar yoʻq."),
    "Not allowed": ("Нет доступа", "Ruxsat yoʻq"),
    "None of your roles gives access to this page.": (
        "Ни одна из ваших ролей не даёт доступа к этой странице.",
        "Rollaringizning hech biri bu sahifaga kirish huquqini bermaydi.",
    ),
    "Not found": ("Не найдено", "Topilmadi"),
    "There is nothing here, or it is outside your jurisdiction.": (
        "Здесь ничего нет, или это вне вашей юрисдикции.",
        "Bu yerda hech narsa yoʻq yoki bu sizning vakolatingizdan tashqarida.",
    ),
    "Homeward": ("Homeward", "Homeward"),
    "Main": ("Основное меню", "Asosiy menyu"),
    "Language": ("Язык", "Til"),
    "Switch": ("Сменить", "Almashtirish"),
    "Sign out": ("Выйти", "Chiqish"),
    "Users": ("Пользователи", "Foydalanuvchilar"),
    "Full name": ("Полное имя", "Toʻliq ism"),
    "New password": ("Новый пароль", "Yangi parol"),
    "Change password": ("Сменить пароль", "Parolni oʻzgartirish"),
    "deactivated": ("отключена", "oʻchirilgan"),
    "No roles.": ("Ролей нет.", "Rollar yoʻq."),
    "Deactivate": ("Отключить", "Oʻchirish"),
    "Activate": ("Включить", "Faollashtirish"),
    "Set password": ("Задать пароль", "Parol oʻrnatish"),
    "New account": ("Новая учётная запись", "Yangi hisob"),
    "Create account": ("Создать учётную запись", "Hisob yaratish"),
    "Role granted.": ("Роль назначена.", "Rol berildi."),
    "Role revoked.": ("Роль отозвана.", "Rol bekor qilindi."),
    "Temporary password": ("Временный пароль", "Vaqtinchalik parol"),
    "At least 12 characters. Tell it to the person; they change it after signing in.": (
        "Не менее 12 символов. Сообщите его сотруднику; он сменит его после входа.",
        "Kamida 12 ta belgi. Uni xodimga ayting; u kirgandan keyin oʻzgartiradi.",
    ),
    "Status": ("Состояние", "Holati"),
    "Last sign-in": ("Последний вход", "Oxirgi kirish"),
    "Grant role": ("Назначить роль", "Rol berish"),
    "Deactivate the account": ("Отключить учётную запись", "Hisobni oʻchirish"),
    "Activate the account": ("Включить учётную запись", "Hisobni faollashtirish"),
    "Set a temporary password": ("Задать временный пароль", "Vaqtinchalik parol oʻrnatish"),
    "Name or e-mail": ("Имя или e-mail", "Ism yoki e-mail"),
    "Search": ("Найти", "Qidirish"),
    "No users match.": ("Пользователи не найдены.", "Mos foydalanuvchi topilmadi."),
    "Account created. Now give it a role at a post.": (
        "Учётная запись создана. Теперь назначьте роль в представительстве.",
        "Hisob yaratildi. Endi unga vakolatxonada rol bering.",
    ),
    "Account activated.": ("Учётная запись включена.", "Hisob faollashtirildi."),
    "Account deactivated.": ("Учётная запись отключена.", "Hisob oʻchirildi."),
    "Temporary password set.": ("Временный пароль задан.", "Vaqtinchalik parol oʻrnatildi."),
    "Your password was changed.": ("Ваш пароль изменён.", "Parolingiz oʻzgartirildi."),
    "Find a person": ("Найти человека", "Shaxsni topish"),
    "Citizen registry": ("Реестр граждан", "Fuqarolar reyestri"),
    "Any script, any order: Ахрор Бурханов, Axror Burxonov, BURKHANOV Akhror.": (
        "Любая письменность, любой порядок: Ахрор Бурханов, Axror Burxonov, BURKHANOV Akhror.",
        "Istalgan yozuv, istalgan tartib: Ахрор Бурханов, Axror Burxonov, BURKHANOV Akhror.",
    ),
    "Birth date": ("Дата рождения", "Tugʻilgan sana"),
    "YYYY, YYYY-MM or YYYY-MM-DD": (
        "ГГГГ, ГГГГ-ММ или ГГГГ-ММ-ДД",
        "YYYY, YYYY-OO yoki YYYY-OO-KK",
    ),
    "Write the date as YYYY, YYYY-MM or YYYY-MM-DD.": (
        "Запишите дату как ГГГГ, ГГГГ-ММ или ГГГГ-ММ-ДД.",
        "Sanani YYYY, YYYY-OO yoki YYYY-OO-KK koʻrinishida yozing.",
    ),
    "male": ("мужской", "erkak"),
    "female": ("женский", "ayol"),
    "unknown": ("неизвестно", "nomaʼlum"),
    "external id": ("внешний идентификатор", "tashqi identifikator"),
    "sex": ("пол", "jinsi"),
    "birth year": ("год рождения", "tugʻilgan yili"),
    "birth month": ("месяц рождения", "tugʻilgan oyi"),
    "birth day": ("день рождения", "tugʻilgan kuni"),
    "birthplace": ("место рождения", "tugʻilgan joyi"),
    "nationalities": ("гражданство", "fuqaroligi"),
    "updated": ("изменён", "yangilangan"),
    "person": ("человек", "shaxs"),
    "persons": ("люди", "shaxslar"),
    "primary": ("основное", "asosiy"),
    "alias": ("другое имя", "taxallus"),
    "as in passport": ("как в паспорте", "pasportdagidek"),
    "other written form": ("другое написание", "boshqa yozilishi"),
    "name as written": ("имя как написано", "yozilganidek ism"),
    "script": ("письменность", "yozuv"),
    "language or scheme": ("язык или система", "til yoki tizim"),
    "source": ("источник", "manba"),
    "passport": ("паспорт", "pasport"),
    "national identity number": (
        "личный идентификационный номер",
        "shaxsiy identifikatsiya raqami",
    ),
    "residence permit": ("вид на жительство", "yashash guvohnomasi"),
    "work permit": ("разрешение на работу", "ishlash uchun ruxsatnoma"),
    "emergency travel document": ("свидетельство на возвращение", "qaytish guvohnomasi"),
    "other": ("другое", "boshqa"),
    "number": ("номер", "raqam"),
    "issuing country": ("страна выдачи", "bergan davlat"),
    "issued": ("выдан", "berilgan"),
    "expires": ("действителен до", "amal qilish muddati"),
    "Sex": ("Пол", "Jinsi"),
    "Nationality": ("Гражданство", "Fuqaroligi"),
    "Registry id": ("Номер в реестре", "Reyestrdagi raqam"),
    "Written forms of the name": ("Написания имени", "Ismning yozilishlari"),
    "Documents": ("Документы", "Hujjatlar"),
    "Score": ("Оценка", "Baho"),
    "Why": ("Почему", "Nega"),
    "Nobody in the registry matches.": (
        "В реестре никто не найден.",
        "Reyestrda hech kim topilmadi.",
    ),
    # registry: contacts, relatives, registrations, merges
    "Registrations abroad": ("Регистрации за рубежом", "Chet eldagi roʻyxatlar"),
    "Other spellings": ("Другие написания", "Boshqa yozilishlari"),
    "One per line: the passport spelling, another script.": (
        "По одному в строке: как в паспорте, другим алфавитом.",
        "Har qatorda bittadan: pasportdagidek, boshqa alifboda.",
    ),
    "Passport number": ("Номер паспорта", "Pasport raqami"),
    "Birthplace": ("Место рождения", "Tugʻilgan joyi"),
    "None of these is the person: create a new record": (
        "Никто из них не этот человек: создать новую запись",
        "Ulardan hech biri bu shaxs emas: yangi yozuv yaratish",
    ),
    "Kind": ("Вид", "Turi"),
    "Phone, handle, e-mail or address": (
        "Телефон, имя в мессенджере, e-mail или адрес",
        "Telefon, messenjerdagi nom, e-pochta yoki manzil",
    ),
    "Messenger": ("Мессенджер", "Messenjer"),
    "Note": ("Примечание", "Izoh"),
    "Relation": ("Родство", "Qarindoshlik"),
    "Relative's name": ("Имя родственника", "Qarindoshning ismi"),
    "Relative's phone": ("Телефон родственника", "Qarindoshning telefoni"),
    "Next of kin": ("Ближайший родственник", "Eng yaqin qarindosh"),
    "Country of stay": ("Страна пребывания", "Yashayotgan mamlakat"),
    "Address": ("Адрес", "Manzil"),
    "Employer": ("Работодатель", "Ish beruvchi"),
    "Arrived on": ("Дата прибытия", "Kelgan sana"),
    "Expect to stay until": ("Планирует пробыть до", "Qachongacha qolishi"),
    "The citizen agrees that the consulate keeps these details to help them": (
        "Гражданин согласен, чтобы консульство хранило эти сведения для помощи ему",
        "Fuqaro konsullik unga yordam berish uchun bu maʼlumotlarni saqlashiga rozi",
    ),
    "Why are these records one person?": (
        "Почему эти записи — один человек?",
        "Nega bu yozuvlar bitta shaxsga tegishli?",
    ),
    "Why undo the merge?": ("Почему отменить объединение?", "Birlashtirish nega bekor qilinadi?"),
    "phone": ("телефон", "telefon"),
    "messenger": ("мессенджер", "messenjer"),
    "e-mail": ("e-mail", "e-pochta"),
    "address abroad": ("адрес за рубежом", "chet eldagi manzil"),
    "none": ("нет", "yoʻq"),
    "value": ("значение", "qiymat"),
    "note": ("примечание", "izoh"),
    "spouse": ("супруг(а)", "turmush oʻrtogʻi"),
    "parent": ("родитель", "ota-onasi"),
    "child": ("ребёнок", "farzandi"),
    "sibling": ("брат или сестра", "aka-uka yoki opa-singil"),
    "other relative": ("другой родственник", "boshqa qarindosh"),
    "relation": ("родство", "qarindoshlik"),
    "relative in the registry": ("родственник в реестре", "reyestrdagi qarindosh"),
    "relative's name": ("имя родственника", "qarindoshning ismi"),
    "relative's phone": ("телефон родственника", "qarindoshning telefoni"),
    "next of kin": ("ближайший родственник", "eng yaqin qarindosh"),
    "by the citizen on the public page": (
        "гражданином на открытой странице",
        "fuqaro tomonidan ochiq sahifada",
    ),
    "by an operator": ("оператором", "operator tomonidan"),
    "reference": ("номер", "raqam"),
    "country of stay": ("страна пребывания", "yashayotgan mamlakat"),
    "address": ("адрес", "manzil"),
    "employer": ("работодатель", "ish beruvchi"),
    "arrived": ("прибыл", "kelgan"),
    "expected stay until": ("планирует пробыть до", "qachongacha qolishi"),
    "consent to processing": ("согласие на обработку", "maʼlumotlarni qayta ishlashga rozilik"),
    "consent given": ("согласие дано", "rozilik berilgan"),
    "channel": ("канал", "kanal"),
    "a phone number is required": ("нужен номер телефона", "telefon raqami kerak"),
    "a phone number is at most 40 characters": (
        "номер телефона — не более 40 символов",
        "telefon raqami 40 belgidan oshmasin",
    ),
    "not a phone number; write it with the country code, e.g. +998 90 123 45 67": (
        "это не номер телефона; напишите его с кодом страны, например +998 90 123 45 67",
        "bu telefon raqami emas; uni mamlakat kodi bilan yozing, masalan +998 90 123 45 67",
    ),
    "this phone number does not exist in its country's numbering plan": (
        "такого номера телефона нет в плане нумерации его страны",
        "bunday telefon raqami oʻz mamlakatining raqamlash rejasida yoʻq",
    ),
    "a name is required": ("нужно имя", "ism kerak"),
    "a name is at most 200 characters": (
        "имя — не более 200 символов",
        "ism 200 belgidan oshmasin",
    ),
    "the name has no letters": ("в имени нет букв", "ismda harf yoʻq"),
    "%(code)r is not an ISO 3166 alpha-2 country code": (
        "%(code)r — не код страны ISO 3166 alpha-2",
        "%(code)r ISO 3166 alpha-2 mamlakat kodi emas",
    ),
    "a document number is 4 to 20 letters and digits": (
        "номер документа — от 4 до 20 букв и цифр",
        "hujjat raqami 4 tadan 20 tagacha harf va raqamdan iborat",
    ),
    "sex is male, female or empty, not %(sex)r": (
        "пол — мужской, женский или пусто, а не %(sex)r",
        "jinsi erkak, ayol yoki boʻsh boʻladi, %(sex)r emas",
    ),
    "this field is required": ("это поле обязательно", "bu maydon toʻldirilishi shart"),
    "at most %(limit)d characters": ("не более %(limit)d символов", "%(limit)d belgidan oshmasin"),
    "%(region)r is not an ISO 3166-2 region of %(country)s": (
        "%(region)r — не регион ISO 3166-2 страны %(country)s",
        "%(region)r %(country)s mamlakatining ISO 3166-2 hududi emas",
    ),
    "the arrival date is more than a year ahead": (
        "дата прибытия больше чем на год вперёд",
        "kelish sanasi bir yildan koʻproq oldinda",
    ),
    "the stay cannot end before the arrival": (
        "пребывание не может закончиться раньше прибытия",
        "qolish muddati kelishdan oldin tugamaydi",
    ),
    "a registration is kept only with the citizen's consent": (
        "регистрация хранится только с согласия гражданина",
        "roʻyxat faqat fuqaroning roziligi bilan saqlanadi",
    ),
    "your role does not change the registry": (
        "ваша роль не позволяет изменять реестр",
        "sizning rolingiz reyestrni oʻzgartirmaydi",
    ),
    "unknown kind of contact": ("неизвестный вид контакта", "nomaʼlum aloqa turi"),
    "unknown messenger": ("неизвестный мессенджер", "nomaʼlum messenjer"),
    "not an e-mail address": ("это не адрес e-mail", "bu e-pochta manzili emas"),
    "unknown kind of relation": ("неизвестный вид родства", "nomaʼlum qarindoshlik turi"),
    "a person is not their own relative": (
        "человек не может быть своим родственником",
        "shaxs oʻziga qarindosh boʻla olmaydi",
    ),
    "say why these records are one person": (
        "объясните, почему эти записи — один человек",
        "bu yozuvlar nega bitta shaxs ekanini yozing",
    ),
    "a person cannot be merged into itself": (
        "запись нельзя объединить с ней самой",
        "yozuvni oʻzi bilan birlashtirib boʻlmaydi",
    ),
    "one of these records is already merged into another": (
        "одна из этих записей уже объединена с другой",
        "bu yozuvlardan biri allaqachon boshqasiga birlashtirilgan",
    ),
    "say why the merge is undone": (
        "объясните, почему объединение отменяется",
        "birlashtirish nega bekor qilinayotganini yozing",
    ),
    "this record is not merged": ("эта запись не объединена", "bu yozuv birlashtirilmagan"),
    "Merge into this record": ("Объединить с этой записью", "Shu yozuvga birlashtirish"),
    "Merge two records": ("Объединение двух записей", "Ikki yozuvni birlashtirish"),
    "“%(absorbed)s” will be merged into “%(survivor)s”. Every name, document, contact, relative and registration of both stays, and the merge can be undone.": (
        "«%(absorbed)s» будет объединена с «%(survivor)s». Все имена, документы, контакты, родственники и регистрации обеих записей сохранятся, объединение можно отменить.",
        "«%(absorbed)s» «%(survivor)s» bilan birlashtiriladi. Ikkala yozuvning barcha ismlari, hujjatlari, aloqalari, qarindoshlari va roʻyxatlari saqlanadi, birlashtirishni bekor qilish mumkin.",
    ),
    "Keeps": ("Остаётся", "Qoladi"),
    "Merged into it": ("Объединяется с ней", "Unga birlashtiriladi"),
    "Names": ("Имена", "Ismlar"),
    "Merge": ("Объединить", "Birlashtirish"),
    "Cancel": ("Отмена", "Bekor qilish"),
    "This record was merged into another person.": (
        "Эта запись объединена с другим человеком.",
        "Bu yozuv boshqa shaxsga birlashtirilgan.",
    ),
    "Open the person it belongs to": ("Открыть запись этого человека", "Shu shaxs yozuvini ochish"),
    "Undo the merge": ("Отменить объединение", "Birlashtirishni bekor qilish"),
    "Likely the same person": ("Вероятно, тот же человек", "Ehtimol, oʻsha shaxs"),
    "The registry holds records that probably describe this person. Check them and merge the ones that are.": (
        "В реестре есть записи, которые, вероятно, описывают этого человека. Проверьте их и объедините совпадающие.",
        "Reyestrda bu shaxsga tegishli boʻlishi mumkin boʻlgan yozuvlar bor. Ularni tekshiring va mosini birlashtiring.",
    ),
    "Records merged into this one": (
        "Записи, объединённые с этой",
        "Shu yozuvga birlashtirilgan yozuvlar",
    ),
    "Contacts": ("Контакты", "Aloqa maʼlumotlari"),
    "Add contact": ("Добавить контакт", "Aloqa qoʻshish"),
    "Relatives": ("Родственники", "Qarindoshlar"),
    "Add relative": ("Добавить родственника", "Qarindosh qoʻshish"),
    "Reference": ("Номер", "Raqam"),
    "Where": ("Где", "Qayerda"),
    "Stay": ("Срок пребывания", "Qolish muddati"),
    "Register a stay abroad": (
        "Зарегистрировать пребывание за рубежом",
        "Chet elda boʻlishni roʻyxatga olish",
    ),
    "New person": ("Новый человек", "Yangi shaxs"),
    "This person may already be in the registry": (
        "Возможно, этот человек уже есть в реестре",
        "Bu shaxs reyestrda allaqachon boʻlishi mumkin",
    ),
    "Open the record if it is the same person. If none of them is, tick the box below and save again.": (
        "Откройте запись, если это тот же человек. Если никто не подходит, отметьте поле ниже и сохраните ещё раз.",
        "Agar oʻsha shaxs boʻlsa, yozuvni oching. Hech biri mos kelmasa, pastdagi belgini qoʻying va yana saqlang.",
    ),
    "Save": ("Сохранить", "Saqlash"),
    "Country code": ("Код страны", "Mamlakat kodi"),
    "Person": ("Человек", "Shaxs"),
    "Received": ("Получено", "Qabul qilingan"),
    "No registrations.": ("Регистраций нет.", "Roʻyxatlar yoʻq."),
    "Add a new person": ("Добавить нового человека", "Yangi shaxs qoʻshish"),
    "Person added to the registry.": ("Человек добавлен в реестр.", "Shaxs reyestrga qoʻshildi."),
    "Contact added.": ("Контакт добавлен.", "Aloqa qoʻshildi."),
    "Relative added.": ("Родственник добавлен.", "Qarindosh qoʻshildi."),
    "Stay abroad registered.": (
        "Пребывание за рубежом зарегистрировано.",
        "Chet elda boʻlish roʻyxatga olindi.",
    ),
    "Records merged. The merge can be undone.": (
        "Записи объединены. Объединение можно отменить.",
        "Yozuvlar birlashtirildi. Buni bekor qilish mumkin.",
    ),
    "Merge undone: the record stands on its own again.": (
        "Объединение отменено: запись снова самостоятельна.",
        "Birlashtirish bekor qilindi: yozuv yana alohida.",
    ),
    "registration number %s": ("регистрационный номер %s", "roʻyxat raqami %s"),
    "%(kind)s number %(number)s": ("%(kind)s номер %(number)s", "%(kind)s raqami %(number)s"),
    "Passport MRZ": ("Машиночитаемая зона паспорта", "Pasportning mashinada oʻqiladigan qismi"),
    "The two lines at the bottom of a passport (three on an ID card).": (
        "Две строки внизу страницы паспорта (три на ID-карте).",
        "Pasport sahifasi pastidagi ikki qator (ID-kartada uch qator).",
    ),
    "Number": ("Номер", "Raqam"),
    "Issuing country": ("Страна выдачи", "Bergan mamlakat"),
    "Issued": ("Выдан", "Berilgan"),
    "Expires": ("Действует до", "Amal qilish muddati"),
    "%(what)s: the birth date inside it is not a date": (
        "%(what)s: дата рождения в номере — не дата",
        "%(what)s: raqam ichidagi tugʻilgan sana haqiqiy sana emas",
    ),
    "an IIN is 12 digits": ("ИИН — 12 цифр", "IIN 12 ta raqamdan iborat"),
    "the IIN's check digit is wrong": (
        "контрольная цифра ИИН неверна",
        "IIN nazorat raqami notoʻgʻri",
    ),
    "the IIN's seventh digit (century and sex) must be 1–6": (
        "седьмая цифра ИИН (век и пол) должна быть от 1 до 6",
        "IIN ning yettinchi raqami (asr va jins) 1–6 boʻlishi kerak",
    ),
    "a PINFL is 14 digits": ("ПИНФЛ — 14 цифр", "JSHSHIR 14 ta raqamdan iborat"),
    "the PINFL's first digit (century and sex) must be 1–6": (
        "первая цифра ПИНФЛ (век и пол) должна быть от 1 до 6",
        "JSHSHIR ning birinchi raqami (asr va jins) 1–6 boʻlishi kerak",
    ),
    "a Kyrgyz PIN is 14 digits starting with 1 or 2": (
        "ПИН Кыргызстана — 14 цифр, начинается с 1 или 2",
        "Qirgʻiziston PIN 14 ta raqam, 1 yoki 2 bilan boshlanadi",
    ),
    "an identity number is 4 to 20 letters and digits": (
        "идентификационный номер — от 4 до 20 букв и цифр",
        "shaxsiy raqam 4 tadan 20 tagacha harf va raqamdan iborat",
    ),
    "alive": ("жив(а)", "tirik"),
    "missing": ("пропал(а) без вести", "bedarak yoʻqolgan"),
    "deceased": ("умер(ла)", "vafot etgan"),
    "status": ("статус", "holati"),
    "unknown kind of document": ("неизвестный вид документа", "nomaʼlum hujjat turi"),
    "say which country issued the number": (
        "укажите, какая страна выдала номер",
        "raqamni qaysi mamlakat berganini koʻrsating",
    ),
    "the number encodes the birth date %(encoded)s, the person's is %(born)s": (
        "в номере дата рождения %(encoded)s, а у человека — %(born)s",
        "raqamdagi tugʻilgan sana %(encoded)s, shaxsniki esa %(born)s",
    ),
    "a document cannot expire before it is issued": (
        "срок документа не может истечь до его выдачи",
        "hujjat muddati berilishidan oldin tugamaydi",
    ),
    "unknown status": ("неизвестный статус", "nomaʼlum holat"),
    "Change status": ("Изменить статус", "Holatni oʻzgartirish"),
    "Add document": ("Добавить документ", "Hujjat qoʻshish"),
    "Read the MRZ": ("Прочитать МЧЗ", "MRZ ni oʻqish"),
    "Document added.": ("Документ добавлен.", "Hujjat qoʻshildi."),
    "Status changed.": ("Статус изменён.", "Holat oʻzgartirildi."),
    "NUL characters are not allowed": ("символы NUL недопустимы", "NUL belgilariga ruxsat yoʻq"),
    "only administrators keep the agency directory": (
        "справочник ведомств ведут только администраторы",
        "idoralar roʻyxatini faqat administratorlar yuritadi",
    ),
    "an agency with this name exists": (
        "ведомство с таким названием уже есть",
        "bunday nomli idora allaqachon bor",
    ),
    "Answers in Homeward": ("Отвечает в Homeward", "Homeward orqali javob beradi"),
    "retired": ("выведено из справочника", "roʻyxatdan chiqarilgan"),
    "Retire": ("Вывести из справочника", "Roʻyxatdan chiqarish"),
    "Restore": ("Вернуть", "Qaytarish"),
    "Agencies": ("Ведомства", "Idoralar"),
    "unknown kind of agency": ("неизвестный вид ведомства", "nomaʼlum idora turi"),
    "Organisation whose liaisons answer in Homeward": (
        "Организация, чьи представители отвечают в Homeward",
        "Vakillari Homeward orqali javob beradigan tashkilot",
    ),
    "E-mail": ("E-mail", "E-pochta"),
    "Phone": ("Телефон", "Telefon"),
    "No agencies yet.": ("Ведомств пока нет.", "Hozircha idoralar yoʻq."),
    "Add an agency": ("Добавить ведомство", "Idora qoʻshish"),
    "Add": ("Добавить", "Qoʻshish"),
    "Agency added.": ("Ведомство добавлено.", "Idora qoʻshildi."),
    # public pages
    "Citizen pages": ("Страницы для граждан", "Fuqarolar uchun sahifalar"),
    "Your full name": ("Ваше полное имя", "Toʻliq ismingiz"),
    "As in your passport, or as you write it.": (
        "Как в паспорте или как вы его пишете.",
        "Pasportdagidek yoki oʻzingiz yozganingizdek.",
    ),
    "Date of birth": ("Дата рождения", "Tugʻilgan sana"),
    "Citizenship": ("Гражданство", "Fuqarolik"),
    "Your phone number": ("Ваш номер телефона", "Telefon raqamingiz"),
    "With the country code, e.g. +7 916 123 45 67.": (
        "С кодом страны, например +7 916 123 45 67.",
        "Mamlakat kodi bilan, masalan +7 916 123 45 67.",
    ),
    "Messenger on this number": ("Мессенджер на этом номере", "Shu raqamdagi messenjer"),
    "A relative we can call": (
        "Родственник, которому можно позвонить",
        "Qoʻngʻiroq qilsa boʻladigan qarindosh",
    ),
    "Who they are to you": ("Кем он вам приходится", "U sizga kim boʻladi"),
    "Their phone number": ("Его номер телефона", "Uning telefon raqami"),
    "Leave this field empty": ("Оставьте это поле пустым", "Bu maydonni boʻsh qoldiring"),
    "I agree that the consulate keeps these details to find and help me, and to contact my relative if I am in trouble.": (
        "Я согласен(на), чтобы консульство хранило эти сведения, чтобы найти меня и помочь мне, и связалось с моим родственником, если я попаду в беду.",
        "Konsullik meni topish va menga yordam berish uchun bu maʼlumotlarni saqlashiga hamda muammoga duch kelsam, qarindoshim bilan bogʻlanishiga roziman.",
    ),
    "About you": ("О вас", "Siz haqingizda"),
    "Where you are": ("Где вы находитесь", "Qayerdasiz"),
    "Someone to call if you are in trouble": (
        "Кому позвонить, если вы попадёте в беду",
        "Muammoga duch kelsangiz, kimga qoʻngʻiroq qilish kerak",
    ),
    "Register your stay abroad": (
        "Зарегистрируйте своё пребывание за рубежом",
        "Chet eldagi boʻlishingizni roʻyxatdan oʻtkazing",
    ),
    "If you live or work abroad, tell the consulate where you are. If something happens to you — an arrest, an accident, lost documents — we can find you and your family faster. It takes a few minutes and is free.": (
        "Если вы живёте или работаете за рубежом, сообщите консульству, где вы находитесь. Если с вами что-то случится — задержание, несчастный случай, потеря документов, — мы быстрее найдём вас и вашу семью. Это займёт несколько минут и бесплатно.",
        "Agar chet elda yashasangiz yoki ishlasangiz, konsullikka qayerdaligingizni xabar qiling. Biror narsa yuz bersa — hibsga olinish, baxtsiz hodisa, hujjatlar yoʻqolishi — sizni va oilangizni tezroq topamiz. Bu bir necha daqiqa oladi va bepul.",
    ),
    "Register": ("Зарегистрироваться", "Roʻyxatdan oʻtish"),
    "Registration received": ("Регистрация получена", "Roʻyxat qabul qilindi"),
    "Your registration number:": ("Ваш регистрационный номер:", "Roʻyxat raqamingiz:"),
    "Write it down. Give it when you call the hotline: it lets us find your details at once.": (
        "Запишите его. Назовите его, когда позвоните на горячую линию: так мы сразу найдём ваши данные.",
        "Uni yozib oling. Ishonch telefoniga qoʻngʻiroq qilganingizda ayting: maʼlumotlaringizni darhol topamiz.",
    ),
    "Thank you. The consulate has your details.": (
        "Спасибо. Консульство получило ваши данные.",
        "Rahmat. Konsullik maʼlumotlaringizni oldi.",
    ),
    "Too many registrations from this connection. Try later.": (
        "Слишком много регистраций с этого подключения. Попробуйте позже.",
        "Bu ulanishdan juda koʻp roʻyxat yuborildi. Keyinroq urinib koʻring.",
    ),
}


def _more_tables() -> tuple[dict[str, tuple[str, str]], dict[str, tuple[tuple[str, ...], ...]]]:
    """Tables kept beside this one (``translations_*.py``), merged in."""
    table: dict[str, tuple[str, str]] = {}
    plurals: dict[str, tuple[tuple[str, ...], ...]] = {}
    for path in sorted(Path(__file__).parent.glob("translations_*.py")):
        spec = importlib.util.spec_from_file_location(path.stem, path)
        if spec is None or spec.loader is None:
            continue
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        table.update(getattr(module, "T", {}))
        plurals.update(getattr(module, "PLURALS", {}))
    return table, plurals


MORE, PLURALS = _more_tables()
T.update({k: v for k, v in MORE.items() if k not in T})


def fill(language: str, column: int) -> list[str]:
    path = ROOT / "homeward" / "locale" / language / "LC_MESSAGES" / "django.po"
    catalogue = polib.pofile(str(path))
    missing = []
    for entry in catalogue:
        if entry.obsolete:
            continue
        if entry.msgid_plural:
            forms = PLURALS.get(entry.msgid, ((), ()))[column]
            if forms:
                count = len(entry.msgstr_plural) or len(forms)
                entry.msgstr_plural = {i: forms[min(i, len(forms) - 1)] for i in range(count)}
                if "fuzzy" in entry.flags:
                    entry.flags.remove("fuzzy")
            elif not any(entry.msgstr_plural.values()):
                missing.append(entry.msgid)
            continue
        key = f"{entry.msgctxt}\x04{entry.msgid}" if entry.msgctxt else entry.msgid
        if key in T:
            entry.msgstr = T[key][column]
            if "fuzzy" in entry.flags:
                entry.flags.remove("fuzzy")
        elif not entry.msgstr:
            missing.append(entry.msgid)
    catalogue.metadata_is_fuzzy = False
    catalogue.metadata["Project-Id-Version"] = "Homeward"
    catalogue.metadata["Language"] = language
    catalogue.metadata["Content-Type"] = "text/plain; charset=UTF-8"
    catalogue.save(str(path))
    return missing


if __name__ == "__main__":
    gaps = {lang: fill(lang, col) for col, lang in enumerate(["ru", "uz"])}
    for lang, missing in gaps.items():
        for msgid in missing:
            print(f"{lang}: untranslated {msgid!r}")
    sys.exit(1 if any(gaps.values()) else 0)
