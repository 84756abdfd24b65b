from django.urls import path

from homeward.people import views

app_name = "people"

urlpatterns = [
    path("", views.person_search, name="search"),
    path("new/", views.person_create, name="create"),
    path("registrations/", views.registration_list, name="registrations"),
    path("<int:person_id>/", views.person_detail, name="detail"),
    path("<int:person_id>/contacts/", views.contact_add, name="contact_add"),
    path("<int:person_id>/relations/", views.relation_add, name="relation_add"),
    path("<int:person_id>/documents/", views.document_add, name="document_add"),
    path("<int:person_id>/status/", views.person_status, name="status"),
    path("<int:person_id>/registrations/", views.registration_add, name="registration_add"),
    path("<int:person_id>/merge/<int:other_id>/", views.person_merge, name="merge"),
    path("<int:person_id>/unmerge/", views.person_unmerge, name="unmerge"),
]
