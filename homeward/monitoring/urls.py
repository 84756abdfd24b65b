from django.urls import path

from homeward.monitoring import views

app_name = "monitoring"

urlpatterns = [
    path("", views.story_list, name="stories"),
    path("incidents/<int:incident_id>/", views.incident_detail, name="incident"),
    path("alerts/", views.alert_list, name="alerts"),
    path("alerts/<int:alert_id>/read/", views.alert_read, name="alert_read"),
    path("alerts/<int:alert_id>/case-incident/", views.alert_open_case, name="alert_open_case"),
]
