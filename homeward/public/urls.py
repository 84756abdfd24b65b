from django.urls import path

from homeward.public import asking, views

app_name = "public"

urlpatterns = [
    path("", asking.help_ask, name="help"),
    path("sent/", asking.help_done, name="help_done"),
    path("follow/", asking.help_follow, name="help_follow"),
    path("register/", views.register, name="register"),
    path("register/done/", views.register_done, name="register_done"),
]
