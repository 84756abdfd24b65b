"""Fill the ru and uz catalogues from the table below (``python scripts/translations.py``).

The .po files are the source of truth once filled; this table is how they were first
written and is kept so that a reviewer can read all three languages side by side.
Run ``make messages`` afterwards to compile.
"""

from __future__ import annotations

import sys
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parent.parent

# msgid: (Russian, Uzbek Latin)
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
}


def fill(language: str, column: int) -> list[str]:
    path = ROOT / "homeward" / "locale" / language / "LC_MESSAGES" / "django.po"
    catalogue = polib.pofile(str(path))
    missing = []
    for entry in catalogue:
        if entry.obsolete:
            continue
        if entry.msgid in T:
            entry.msgstr = T[entry.msgid][column]
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
