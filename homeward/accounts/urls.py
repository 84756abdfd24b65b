from django.contrib.auth.views import LogoutView
from django.urls import path

from homeward.accounts import views, views_admin

app_name = "accounts"

urlpatterns = [
    path("login/", views.SignInView.as_view(), name="login"),
    path("logout/", LogoutView.as_view(), name="logout"),
    path("posts/", views.post_list, name="post_list"),
    path("posts/<int:post_id>/", views.post_detail, name="post_detail"),
    path("account/", views.account, name="account"),
    path("account/tokens/", views.api_token_create, name="api_token_create"),
    path("account/tokens/<int:token_id>/revoke/", views.api_token_revoke, name="api_token_revoke"),
    path("account/password/", views_admin.password_change, name="password_change"),
    path("accounts/locked/", views.locked_list, name="locked_list"),
    path("accounts/users/", views_admin.user_list, name="user_list"),
    path("accounts/users/<int:user_id>/", views_admin.user_detail, name="user_detail"),
    path("accounts/users/<int:user_id>/roles/", views_admin.role_grant, name="role_grant"),
    path(
        "accounts/users/<int:user_id>/roles/<int:assignment_id>/revoke/",
        views_admin.role_revoke,
        name="role_revoke",
    ),
    path(
        "accounts/users/<int:user_id>/active/", views_admin.user_set_active, name="user_set_active"
    ),
    path(
        "accounts/users/<int:user_id>/password/",
        views_admin.user_set_password,
        name="user_set_password",
    ),
]
