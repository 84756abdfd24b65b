from django.urls import path

from homeward.common import views

app_name = "audit"

urlpatterns = [
    path("", views.event_list, name="event_list"),
]
