from django.contrib.auth.decorators import login_not_required
from django.urls import include, path
from django.views.i18n import set_language

from homeward.accounts.views import home
from homeward.api.api import api
from homeward.common.views import healthz

urlpatterns = [
    path("", home, name="home"),
    path("", include("homeward.accounts.urls")),
    path("audit/", include("homeward.common.urls")),
    path("people/", include("homeward.people.urls")),
    path("cases/", include("homeward.cases.urls")),
    path("help/", include("homeward.public.urls")),
    path("monitoring/", include("homeward.monitoring.urls")),
    path("i18n/setlang/", login_not_required(set_language), name="set_language"),
    path("healthz", healthz, name="healthz"),
    path("api/v1/", api.urls),
]

handler404 = "homeward.common.views.not_found"
