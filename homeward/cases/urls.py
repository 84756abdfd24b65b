from django.urls import path

from homeward.cases import views

app_name = "cases"

urlpatterns = [
    path("", views.case_list, name="list"),
    path("intake/", views.intake_new, name="intake_new"),
    path("intake/fields/", views.intake_details_fields, name="intake_fields"),
    path("intake/people/", views.intake_subject_search, name="intake_people"),
    path("intake/done/", views.intake_done, name="intake_done"),
    path("intakes/", views.intake_list, name="intake_list"),
    path("agencies/", views.agency_list, name="agencies"),
    path("agencies/<int:agency_id>/active/", views.agency_set_active, name="agency_set_active"),
    path("tasks/", views.task_inbox, name="task_inbox"),
    path("tasks/<int:task_id>/answer/", views.task_answer, name="task_answer"),
    path("supervision/", views.supervisor_queue, name="supervisor"),
    path("incidents/", views.incident_list, name="incidents"),
    path("incidents/<int:incident_id>/", views.incident_detail, name="incident_detail"),
    path("reports/host-register/", views.host_register_report, name="report_host_register"),
    path("protection/<int:person_id>/", views.protection_record, name="protection"),
    path("<int:case_id>/", views.case_detail, name="detail"),
    path("<int:case_id>/status/", views.case_transition, name="transition"),
    path("<int:case_id>/notes/", views.case_note, name="note"),
    path("<int:case_id>/post/", views.case_reassign, name="reassign"),
    path("<int:case_id>/tasks/", views.task_create, name="task_create"),
    path("<int:case_id>/diplomatic-notes/", views.diplomatic_note_create, name="dnote_create"),
    path(
        "<int:case_id>/diplomatic-notes/<int:note_id>/reply/",
        views.diplomatic_note_reply,
        name="dnote_reply",
    ),
    path("<int:case_id>/people/", views.party_add, name="party_add"),
    path("<int:case_id>/people/<int:party_id>/", views.party_status, name="party_status"),
    path("<int:case_id>/incident/", views.incident_link, name="incident_link"),
    path("<int:case_id>/files/", views.attachment_add, name="attachment_add"),
    path(
        "<int:case_id>/files/<int:attachment_id>/",
        views.attachment_download,
        name="attachment_download",
    ),
]
