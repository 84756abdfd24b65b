from django.contrib.auth.views import LogoutView
from django.urls import path

from homeward.accounts import views

app_name = "accounts"

urlpatterns = [
    path("login/", views.SignInView.as_view(), name="login"),
    path("logout/", LogoutView.as_view(), name="logout"),
    path("posts/", views.post_list, name="post_list"),
    path("posts/<int:post_id>/", views.post_detail, name="post_detail"),
    path("account/", views.account, name="account"),
    path("account/tokens/", views.api_token_create, name="api_token_create"),
    path("account/tokens/<int:token_id>/revoke/", views.api_token_revoke, name="api_token_revoke"),
    path("accounts/locked/", views.locked_list, name="locked_list"),
]
