"""The operator's search box: any script, any order, results as you type."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.vary import vary_on_headers

from homeward.common.htmx import wants_fragment
from homeward.people import selectors
from homeward.people.forms import PersonSearchForm
from homeward.people.matching.search import SearchHit


@vary_on_headers("HX-Request")
def person_search(request: HttpRequest) -> HttpResponse:
    selectors.require_registry_reader(request.user)
    form = PersonSearchForm(request.GET or None)
    hits: list[SearchHit] = []
    if form.is_valid() and form.cleaned_data["q"]:
        hits = selectors.person_search(
            user=request.user,
            query=form.cleaned_data["q"],
            birth_date=form.cleaned_data["birth_date"],
            limit=20,
        )
    template = "people/search_results.html" if wants_fragment(request) else "people/search.html"
    return render(request, template, {"form": form, "hits": hits})


def person_detail(request: HttpRequest, person_id: int) -> HttpResponse:
    person = selectors.person_get(user=request.user, person_id=person_id)
    return render(request, "people/person_detail.html", {"person": person})
