from django.urls import path

from homeward.public import views

app_name = "public"

urlpatterns = [
    path("register/", views.register, name="register"),
    path("register/done/", views.register_done, name="register_done"),
]
