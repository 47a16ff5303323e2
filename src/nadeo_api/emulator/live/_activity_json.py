"""The JSON shapes of club activities, as each documented answer shows them."""

from __future__ import annotations

from typing import Any

from ..world import World
from ..world.activities import Activity, ActivityStore, Submission

__all__ = [
    "MEDIA_BASE",
    "activity_item",
    "campaign_json",
    "map_review_json",
    "news_json",
    "ranking_json",
    "room_json",
    "submission_json",
    "upload_json",
]

MEDIA_BASE = "https://trackmania-prod-media-s3.cdn.ubi.com/media/image/live-api/"
_MAP_FILE_BASE = "https://core.trackmania.nadeo.live/maps/"
_WEBSITE = "https://www.trackmania.com/clubs"
_EMPTY_CAMPAIGN_MEDIA = dict.fromkeys(
    (
        "buttonBackgroundUrl", "buttonForegroundUrl", "decalUrl", "popUpBackgroundUrl",
        "popUpImageUrl", "liveButtonBackgroundUrl", "liveButtonForegroundUrl",
    ),
    "",
)  # fmt: skip


def _image(activity: Activity, folder: str, size: str) -> str:
    if not activity.media_id:
        return ""
    extension = "dds" if folder == "dds" else folder
    return (
        f"{MEDIA_BASE}{activity.media_id}/{folder}/{size}.{extension}"
        f"?timestamp={activity.edited}.{extension}"
    )


def _media(activity: Activity, scaled: str = "png") -> dict[str, Any]:
    """The media fields: custom media links `.dds` first, with scaled `scaled` versions."""
    dds = _image(activity, "dds", "game")
    label = scaled.capitalize()
    out: dict[str, Any] = {"mediaUrl": dds}
    for size in ("large", "medium", "small"):
        out[f"mediaUrl{label}{size.capitalize()}"] = _image(activity, scaled, size)
    out["mediaUrlDds"] = dds
    out["mediaTheme"] = activity.media_theme
    return out


def _authors(activity: Activity) -> dict[str, Any]:
    return {
        "creatorAccountId": activity.creator,
        "latestEditorAccountId": activity.editor,
    }


def _items_count(store: ActivityStore, activity: Activity) -> int:
    details = activity.details
    if activity.kind == "folder":
        return store.folder_children(activity)
    for key in ("maps", "items"):
        if key in details:
            return len(details[key])
    return 0


def activity_item(
    store: ActivityStore, activity: Activity, *, with_folder: bool = False
) -> dict[str, Any]:
    """An entry of the activity list (with `folderId` for the create-folder and edit answers)."""
    out: dict[str, Any] = {
        "id": activity.activity_id,
        "name": activity.name,
        "activityType": activity.kind,
        "activityId": activity.activity_id,
        "targetActivityId": activity.activity_id,
        "campaignId": activity.details["campaign_id"] if activity.kind == "campaign" else 0,
        "position": store.position(activity),
        "public": activity.public,
        "active": activity.active,
        "externalId": activity.external_id,
        "featured": activity.featured,
        "password": bool(activity.details.get("password")),
        "itemsCount": _items_count(store, activity),
        "clubId": activity.club_id,
        "editionTimestamp": activity.edited,
        **_authors(activity),
        **_media(activity),
    }
    if with_folder:
        out["folderId"] = activity.folder_id or None
    return out


def _playlist(activity: Activity) -> list[dict[str, Any]]:
    details = activity.details
    return [
        {"id": pid, "position": pos, "mapUid": uid}
        for pos, (pid, uid) in enumerate(zip(details["playlist_ids"], details["maps"], strict=True))
    ]


def campaign_json(
    world: World, activity: Activity, club_name: str, *, with_video: bool = False
) -> dict[str, Any]:
    """A club campaign; `with_video` adds the `video` and `mediaUrl` that the create and edit
    answers and a club's own campaign list show inside `campaign`."""
    details = activity.details
    campaign_id, season = details["campaign_id"], details["season_uid"]
    published, count = activity.created, len(details["maps"])
    relative = world.relative(published)
    campaign: dict[str, Any] = {
        "id": campaign_id, "seasonUid": season, "name": activity.name, "color": "",
        "useCase": 2, "clubId": activity.club_id, "leaderboardGroupUid": season,
        "publicationTimestamp": published, "startTimestamp": published, "endTimestamp": 0,
        "rankingSentTimestamp": None, "year": -1, "week": -1, "day": -1, "monthYear": -1,
        "month": -1, "monthDay": -1, "published": True, "playlist": _playlist(activity),
        "latestSeasons": [
            {
                "uid": season, "name": activity.name, "startTimestamp": published,
                "endTimestamp": 0, "relativeStart": relative, "relativeEnd": 0,
                "campaignId": campaign_id, "active": True,
            }
        ],
        "categories": [{"position": 0, "length": count, "name": activity.name}],
        "media": dict(_EMPTY_CAMPAIGN_MEDIA),
        "editionTimestamp": activity.edited,
    }  # fmt: skip
    if with_video:
        campaign["video"] = False
        campaign["mediaUrl"] = ""
    media = _media(activity)
    return {
        "clubDecalUrl": "",
        "campaignId": campaign_id,
        "activityId": activity.activity_id,
        "campaign": campaign,
        "popularityLevel": activity.popularity,
        "publicationTimestamp": published,
        "creationTimestamp": published,
        **_authors(activity),
        "id": activity.activity_id,
        "clubId": activity.club_id,
        "clubName": club_name,
        "name": activity.name,
        "mapsCount": count,
        **media,
    }


def _script_settings(activity: Activity) -> dict[str, Any] | list[Any]:
    details = activity.details
    if not details["nadeo"]:
        return []  # rooms on a dedicated server show an empty list, not an object
    whoami = "S_DecoImageUrl_WhoAmIUrl"
    return {
        **details["settings"],
        whoami: {"key": whoami, "value": f"/api/club/{activity.club_id}", "type": "text"},
    }


def room_json(activity: Activity, club_name: str, *, with_shuffle: bool = True) -> dict[str, Any]:
    """A club room; the room list leaves `shufflePlaylist` out of `room`."""
    details = activity.details
    nadeo = details["nadeo"]
    room: dict[str, Any] = {
        "id": details.get("room_id"),
        "name": activity.name if nadeo else "",
        "region": details.get("region"),
        "serverAccountId": details.get("server_account_id", ""),
        "maxPlayers": details["max_players"],
        "playerCount": details["player_count"],
        "maps": list(details["maps"]),
        "script": details["script"],
        "scalable": details["scalable"],
        "scriptSettings": _script_settings(activity),
    }
    if with_shuffle:
        room["shufflePlaylist"] = details["shuffle"]
    room["serverInfo"] = None
    return {
        "id": activity.activity_id,
        "clubId": activity.club_id,
        "clubName": club_name,
        "nadeo": nadeo,
        "roomId": details.get("room_id"),
        "campaignId": None,
        "playerServerLogin": details.get("server_login"),
        "activityId": activity.activity_id,
        "name": activity.name,
        "room": room,
        "popularityLevel": activity.popularity,
        "creationTimestamp": activity.created,
        **_authors(activity),
        "password": bool(details.get("password")),
        **_media(activity),
    }


def news_json(activity: Activity, club_name: str) -> dict[str, Any]:
    """A club news article (its scaled media are JPGs)."""
    return {
        "creationTimestamp": activity.created,
        "clubName": club_name,
        "id": activity.activity_id,
        "name": activity.name,
        "clubId": activity.club_id,
        "headline": activity.details["headline"],
        "body": activity.details["body"],
        **_authors(activity),
        **_media(activity, "jpg"),
    }


def _bucket_item(item_id: str, position: int) -> dict[str, Any]:
    return {
        "itemId": item_id,
        "position": position,
        "description": "",
        "mediaUrls": [],
        "mediaUrlsJpgLarge": [],
        "mediaUrlsJpgMedium": [],
        "mediaUrlsJpgSmall": [],
        "mediaUrlsDds": [],
    }


def upload_json(
    activity: Activity, club_name: str, length: int = 0, offset: int = 0
) -> dict[str, Any]:
    """An upload activity with `length` of its items from `offset`."""
    items = activity.details["items"]
    shown = range(offset, min(len(items), offset + length))
    return {
        "type": activity.details["type"],
        "bucketItemList": [_bucket_item(items[i], i) for i in shown],
        "bucketItemCount": len(items),
        "popularityLevel": activity.popularity,
        "popularityValue": 0,
        "creationTimestamp": activity.created,
        **_authors(activity),
        "id": activity.activity_id,
        "clubId": activity.club_id,
        "clubName": club_name,
        "name": activity.name,
        **_media(activity),
    }


def map_review_json(activity: Activity, club_name: str, *, listed: bool = False) -> dict[str, Any]:
    """A club map review. Its `mediaUrl` links the large PNG, not the `.dds`; the list shows
    the website's old link form (`clubs<id>/map-review/...`), the by-ID answers the new one."""
    details, club_id = activity.details, activity.club_id
    media = _media(activity)
    media["mediaUrl"] = media["mediaUrlPngLarge"]
    web = (
        f"{_WEBSITE}{club_id}/map-review/{activity.activity_id}"
        if listed
        else f"{_WEBSITE}/{club_id}/track-reviews/{activity.activity_id}"
    )
    return {
        "activityId": activity.activity_id,
        "mapReviewUid": f"club_{club_id}_{activity.activity_id}",
        "timeLimit": details["time_limit"],
        "scalable": details["scalable"],
        "allowVoteSkipMap": details["allow_vote_skip"],
        "submissionLimitation": details["submission_limitation"],
        "maxPlayer": details["max_player"],
        "public": activity.public,
        "popularityLevel": activity.popularity,
        "submittedMapCount": len(activity.submissions),
        "id": activity.activity_id,
        "clubId": club_id,
        "clubName": club_name,
        "name": activity.name,
        "creationTimestamp": activity.created,
        **_authors(activity),
        "game2webUrl": web,
        **media,
    }


def ranking_json(activity: Activity, club_name: str) -> dict[str, Any]:
    """A club ranking."""
    return {
        "creationTimestamp": activity.created,
        "clubName": club_name,
        "id": activity.activity_id,
        "campaignId": activity.details["campaign_id"],
        "name": activity.name,
        "clubId": activity.club_id,
        **_authors(activity),
        "useCase": activity.details["use_case"],
    }


def _medal(author_time: int, percent: int) -> int:
    """A medal time: the author time plus `percent`, rounded up to the second."""
    return -(-author_time * percent // 100000) * 1000


def _map_json(sub: Submission) -> dict[str, Any]:
    at = sub.author_time
    return {
        "uid": sub.map_uid,
        "mapId": sub.map_id,
        "name": sub.name,
        "author": sub.account_id,
        "submitter": sub.account_id,
        "authorTime": at,
        "goldTime": _medal(at, 106),
        "silverTime": _medal(at, 120),
        "bronzeTime": _medal(at, 150),
        "nbLaps": 0,
        "valid": True,
        "downloadUrl": f"{_MAP_FILE_BASE}{sub.map_id}/file",
        "thumbnailUrl": f"{_MAP_FILE_BASE}{sub.map_id}/thumbnail.jpg",
        "uploadTimestamp": sub.uploaded,
        "updateTimestamp": sub.uploaded,
    }


def _notes(sub: Submission) -> dict[str, Any]:
    total = sum(sub.stars)
    weighted = sum((i + 1) * n for i, n in enumerate(sub.stars))
    out: dict[str, Any] = {
        "countTotal": total,
        "average": round(weighted / total, 4) if total else 0,
    }
    out.update({f"countStar{i + 1}": n for i, n in enumerate(sub.stars)})
    out["countStarMax"] = max(sub.stars)
    return out


def submission_json(
    sub: Submission,
    *,
    with_map: bool = True,
    with_notes: bool = True,
    admin_view: Activity | None = None,
) -> dict[str, Any]:
    """A map submitted to a club map review; `admin_view` (the review) adds what admins see."""
    out: dict[str, Any] = {
        "creationTimestamp": sub.submitted,
        "map": _map_json(sub) if with_map else None,
        "mapUid": sub.map_uid,
        "nominated": False,
        "noteInfo": _notes(sub) if with_notes else None,
        "mapStyles": [],
        "nadeoNote": 0,
        "labels": [],
        "feedbackCount": sum(sub.stars),
        "latestSubmissionTimestamp": sub.submitted,
        "messagingOpen": False,
    }
    if admin_view is not None:
        at_start, at_end, finished, unfinished = sub.player_counts
        scored = finished > 0
        out.update(
            {
                "rejected": False,
                "selected": False,
                "difficultyScore": -1,
                "difficultyCount": 0,
                "mScore": finished * 10 if scored else -1,
                "mScoreExperimental": finished * 12 if scored else -1,
                "playerCountAtStart": at_start,
                "playerCountAtEnd": at_end,
                "playerFinishCount": finished,
                "playerDidntFinishCount": unfinished,
                "mapReviewId": 1000 + admin_view.activity_id % 9000,
                "creationDate": sub.submitted,
                "timePlayed": sub.time_played,
            }
        )
    return out
