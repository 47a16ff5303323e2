"""Async twins of `nadeo_api.live`: same names, parameters and checks, awaited.

They run on the running event loop's default `AsyncClient`; `AsyncClient().live` (a
`AsyncLiveEndpoints`) has the same coroutines bound to a client of your own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._public import made_on_first_use

if TYPE_CHECKING:
    from collections.abc import AsyncIterator, Mapping, Sequence
    from typing import Any, Protocol

    from .._pagination import Progress
    from .._public import async_function, async_iterator
    from ..auth import ServiceToken, WebServicesToken
    from ..endpoints.live import accounts as _accounts
    from ..endpoints.live import campaigns as _campaigns
    from ..endpoints.live import club_management as _club_management
    from ..endpoints.live import clubs as _clubs
    from ..endpoints.live import generic as _generic
    from ..endpoints.live import leaderboards as _leaderboards
    from ..endpoints.live import maniapubs as _maniapubs
    from ..endpoints.live import map_review as _map_review
    from ..endpoints.live import maps as _maps
    from ..models.live._shared import (
        BucketItem,
        Club,
        ClubActivity,
        ClubCampaign,
        ClubMapReview,
        ClubMember,
        ClubMemberList,
        ClubNews,
        ClubRoom,
        ClubUpload,
        EditedClubCampaign,
    )
    from ..models.live.accounts import ServerAccounts
    from ..models.live.campaigns import (
        Campaign,
        CampaignList,
        CampaignListV1,
        CampaignV1,
        MapCampaignInfo,
        MonthList,
        TotdMonth,
    )
    from ..models.live.club_management import ClubRanking
    from ..models.live.clubs import (
        ClubActivityList,
        ClubCampaignList,
        ClubCampaignsOfClub,
        ClubCompetition,
        ClubCompetitionList,
        ClubList,
        ClubMapReviewList,
        ClubPlayerInfo,
        ClubRoomList,
        ClubTagPin,
        ClubUploadList,
        MyClub,
        MyClubList,
        RoomJoinLink,
        RoomPassword,
    )
    from ..models.live.leaderboards import (
        CampaignClubLeaderboard,
        CampaignClubRanking,
        CampaignLeaderboard,
        CampaignRanking,
        CampaignRecord,
        ClubMapLeaderboard,
        MapLeaderboard,
        MapMedals,
        MyTrophyRanking,
        PlayerClubRecord,
        PlayerRecordList,
        Record,
        SurroundingRecords,
        TrophyRankings,
    )
    from ..models.live.maniapubs import ManiapubList
    from ..models.live.map_review import (
        ClubMapSubmission,
        ClubMapSubmissions,
        MemberMapSubmission,
        MemberMapSubmissions,
        ReviewConnection,
        SubmittedMap,
        SubmittedMaps,
        WaitingTime,
    )
    from ..models.live.maps import Map, MapList

    class _GetServerAccounts(Protocol):
        async def __call__(self, token: ServiceToken) -> dict[str, Any]:
            """Get the account's dedicated server accounts."""
            ...

        async def typed(self, token: ServiceToken) -> ServerAccounts:
            """`get_server_accounts`, returning the answer as a `ServerAccounts`.

            Get the account's dedicated server accounts.
            """
            ...

    class _GetMapsRoyal(Protocol):
        async def __call__(
            self,
            token: WebServicesToken,
            length: int = 51,
            offset: int = 0,
        ) -> dict[str, Any]:
            """Get Royal maps by month, newest month first.

            Args:
                length: months to get.
                offset: months to skip, counting back from the current month (the last Royal maps are
                    from June 2025, yet the count still starts at the current month).

            Remarks: no longer updated, so the answer can be cached for good.
            """
            ...

        async def typed(
            self,
            token: WebServicesToken,
            length: int = 51,
            offset: int = 0,
        ) -> MonthList:
            """`get_maps_royal`, returning the answer as a `MonthList`.

            Get Royal maps by month, newest month first.

            Args:
                length: months to get.
                offset: months to skip, counting back from the current month (the last Royal maps are
                    from June 2025, yet the count still starts at the current month).

            Remarks: no longer updated, so the answer can be cached for good.
            """
            ...

    class _GetMapsSeasonal(Protocol):
        async def __call__(
            self,
            token: WebServicesToken,
            length: int = 1,
            offset: int = 0,
        ) -> dict[str, Any]:
            """Get official seasonal campaigns (v2 route), newest first.

            Args:
                length: campaigns to get.
                offset: campaigns to skip, counting back from the current one.
            """
            ...

        async def typed(
            self,
            token: WebServicesToken,
            length: int = 1,
            offset: int = 0,
        ) -> CampaignList:
            """`get_maps_seasonal`, returning the answer as a `CampaignList`.

            Get official seasonal campaigns (v2 route), newest first.

            Args:
                length: campaigns to get.
                offset: campaigns to skip, counting back from the current one.
            """
            ...

    class _GetMapsTotd(Protocol):
        async def __call__(
            self,
            token: WebServicesToken,
            length: int = 1,
            offset: int = 0,
        ) -> dict[str, Any]:
            """Get Tracks of the Day by month, newest month first.

            Args:
                length: months to get.
                offset: months to skip, counting back from the current month.

            Remarks: `nextRequestTimestamp` and `relativeNextRequest` may be -1 when the next Track of
            the Day is not scheduled yet; timestamps are Unix seconds.
            """
            ...

        async def typed(
            self,
            token: WebServicesToken,
            length: int = 1,
            offset: int = 0,
        ) -> MonthList:
            """`get_maps_totd`, returning the answer as a `MonthList`.

            Get Tracks of the Day by month, newest month first.

            Args:
                length: months to get.
                offset: months to skip, counting back from the current month.

            Remarks: `nextRequestTimestamp` and `relativeNextRequest` may be -1 when the next Track of
            the Day is not scheduled yet; timestamps are Unix seconds.
            """
            ...

    class _GetMapsWeeklyGrand(Protocol):
        async def __call__(
            self,
            token: WebServicesToken,
            length: int = 1,
            offset: int = 0,
        ) -> dict[str, Any]:
            """Get Weekly Grand campaigns, newest first (each holds one map).

            Args:
                length: weeks to get.
                offset: weeks to skip, counting back from the current week.
            """
            ...

        async def typed(
            self,
            token: WebServicesToken,
            length: int = 1,
            offset: int = 0,
        ) -> CampaignList:
            """`get_maps_weekly_grand`, returning the answer as a `CampaignList`.

            Get Weekly Grand campaigns, newest first (each holds one map).

            Args:
                length: weeks to get.
                offset: weeks to skip, counting back from the current week.
            """
            ...

    class _GetMapsWeeklyShort(Protocol):
        async def __call__(
            self,
            token: WebServicesToken,
            length: int = 1,
            offset: int = 0,
        ) -> dict[str, Any]:
            """Get Weekly Shorts campaigns, newest first.

            Args:
                length: weeks to get.
                offset: weeks to skip, counting back from the current week.
            """
            ...

        async def typed(
            self,
            token: WebServicesToken,
            length: int = 1,
            offset: int = 0,
        ) -> CampaignList:
            """`get_maps_weekly_short`, returning the answer as a `CampaignList`.

            Get Weekly Shorts campaigns, newest first.

            Args:
                length: weeks to get.
                offset: weeks to skip, counting back from the current week.
            """
            ...

    class _GetMapsSeasonalV1(Protocol):
        async def __call__(
            self,
            token: WebServicesToken,
            length: int = 1,
            offset: int = 0,
        ) -> dict[str, Any]:
            """Get official seasonal campaigns from the deprecated v1 route, newest first (with media,
            categories and latest seasons, which the v2 route lacks).

            Args:
                length: campaigns to get.
                offset: campaigns to skip, counting back from the current one.

            Remarks: deprecated and may be removed; prefer `get_maps_seasonal`.
            """
            ...

        async def typed(
            self,
            token: WebServicesToken,
            length: int = 1,
            offset: int = 0,
        ) -> CampaignListV1:
            """`get_maps_seasonal_v1`, returning the answer as a `CampaignListV1`.

            Get official seasonal campaigns from the deprecated v1 route, newest first (with media,
            categories and latest seasons, which the v2 route lacks).

            Args:
                length: campaigns to get.
                offset: campaigns to skip, counting back from the current one.

            Remarks: deprecated and may be removed; prefer `get_maps_seasonal`.
            """
            ...

    class _GetMapsCupOfTheWeek(Protocol):
        async def __call__(
            self,
            token: WebServicesToken,
            length: int = 1,
            offset: int = 0,
        ) -> dict[str, Any]:
            """Get Cup of the Week campaigns, newest first.

            Args:
                length: weeks to get.
                offset: weeks to skip, counting back from the current week.

            Remarks: each weekly campaign holds a single map; `name` is the date the map first
            appears in the Cup of the Week server room.
            """
            ...

        async def typed(
            self,
            token: WebServicesToken,
            length: int = 1,
            offset: int = 0,
        ) -> CampaignList:
            """`get_maps_cup_of_the_week`, returning the answer as a `CampaignList`.

            Get Cup of the Week campaigns, newest first.

            Args:
                length: weeks to get.
                offset: weeks to skip, counting back from the current week.

            Remarks: each weekly campaign holds a single map; `name` is the date the map first
            appears in the Cup of the Week server room.
            """
            ...

    class _GetMapCampaignInfo(Protocol):
        async def __call__(self, token: WebServicesToken, map_uid: str) -> dict[str, Any]:
            """Get a map's official campaign and Track of the Day status.

            Args:
                map_uid: the UID of the map.

            Remarks: club campaigns are not covered; `officialMaps` lists every map of the map's
            seasonal campaign, `totdMaps` every Track of the Day of its week. A map in neither (even
            an unknown one) answers -1 and empty lists, with a 200.
            """
            ...

        async def typed(self, token: WebServicesToken, map_uid: str) -> MapCampaignInfo:
            """`get_map_campaign_info`, returning the answer as a `MapCampaignInfo`.

            Get a map's official campaign and Track of the Day status.

            Args:
                map_uid: the UID of the map.

            Remarks: club campaigns are not covered; `officialMaps` lists every map of the map's
            seasonal campaign, `totdMaps` every Track of the Day of its week. A map in neither (even
            an unknown one) answers -1 and empty lists, with a 200.
            """
            ...

    class _CreateClub(Protocol):
        async def __call__(
            self,
            token: ServiceToken,
            name: str,
            state: str,
            tag: str | None = None,
            description: str | None = None,
            icon_theme: str | None = None,
            decal_theme: str | None = None,
            vertical_theme: str | None = None,
            background_theme: str | None = None,
            screen8x1_theme: str | None = None,
            screen16x1_theme: str | None = None,
            screen16x9_theme: str | None = None,
        ) -> dict[str, Any]:
            """Create a club, with the account as its creator.

            Args:
                name: 3 to 20 characters.
                state: `public` (anyone joins), `private-open` (players ask to join) or
                    `private-closed` (nobody joins; the club stays visible).
                tag: shown next to members' names in game, at most 5 characters; `$` styling codes
                    do not count.
                description: at most 200 characters.
                icon_theme, decal_theme, vertical_theme, background_theme, screen8x1_theme,
                    screen16x1_theme, screen16x9_theme: preset theme names in lower case (the
                    game's `Manialinks/Nadeo/CMGame/OfficialThemes`); the 64x41 screen follows the
                    16x9 one.

            Remarks: needs a service account. `$` styling codes in the tag do not count towards its 5
            characters. Preset themes leave the media URLs empty (only custom media have `.dds` and
            scaled PNG/JPG URLs). An unknown state is refused (`state:error-inArray`).
            """
            ...

        async def typed(
            self,
            token: ServiceToken,
            name: str,
            state: str,
            tag: str | None = None,
            description: str | None = None,
            icon_theme: str | None = None,
            decal_theme: str | None = None,
            vertical_theme: str | None = None,
            background_theme: str | None = None,
            screen8x1_theme: str | None = None,
            screen16x1_theme: str | None = None,
            screen16x9_theme: str | None = None,
        ) -> Club:
            """`create_club`, returning the answer as a `Club`.

            Create a club, with the account as its creator.

            Args:
                name: 3 to 20 characters.
                state: `public` (anyone joins), `private-open` (players ask to join) or
                    `private-closed` (nobody joins; the club stays visible).
                tag: shown next to members' names in game, at most 5 characters; `$` styling codes
                    do not count.
                description: at most 200 characters.
                icon_theme, decal_theme, vertical_theme, background_theme, screen8x1_theme,
                    screen16x1_theme, screen16x9_theme: preset theme names in lower case (the
                    game's `Manialinks/Nadeo/CMGame/OfficialThemes`); the 64x41 screen follows the
                    16x9 one.

            Remarks: needs a service account. `$` styling codes in the tag do not count towards its 5
            characters. Preset themes leave the media URLs empty (only custom media have `.dds` and
            scaled PNG/JPG URLs). An unknown state is refused (`state:error-inArray`).
            """
            ...

    class _EditClub(Protocol):
        async def __call__(
            self,
            token: ServiceToken,
            club_id: int,
            name: str | None = None,
            state: str | None = None,
            tag: str | None = None,
            description: str | None = None,
            icon_theme: str | None = None,
            decal_theme: str | None = None,
            vertical_theme: str | None = None,
            background_theme: str | None = None,
            screen8x1_theme: str | None = None,
            screen16x1_theme: str | None = None,
            screen16x9_theme: str | None = None,
        ) -> dict[str, Any]:
            """Edit a club; only the given fields change.

            Args:
                club_id: the club's ID.
                name: 3 to 20 characters.
                state: `public` (anyone joins), `private-open` (players ask to join) or
                    `private-closed` (nobody joins; the club stays visible).
                tag: shown next to members' names in game, at most 5 characters; `$` styling codes
                    do not count.
                description: at most 200 characters.
                icon_theme, decal_theme, vertical_theme, background_theme, screen8x1_theme,
                    screen16x1_theme, screen16x9_theme: preset theme names in lower case (the
                    game's `Manialinks/Nadeo/CMGame/OfficialThemes`); the 64x41 screen follows the
                    16x9 one.

            Remarks: needs a service account that is the club's creator or an admin (others get a
            `clubMemberRole:error-notMember` or `clubMemberRole:error-notAdmin` error). Making the
            club `public` lets every pending member request in. `$` styling codes in the tag do not
            count towards its 5 characters; preset themes leave the media URLs empty. An unknown state
            is refused (`state:error-inArray`).
            """
            ...

        async def typed(
            self,
            token: ServiceToken,
            club_id: int,
            name: str | None = None,
            state: str | None = None,
            tag: str | None = None,
            description: str | None = None,
            icon_theme: str | None = None,
            decal_theme: str | None = None,
            vertical_theme: str | None = None,
            background_theme: str | None = None,
            screen8x1_theme: str | None = None,
            screen16x1_theme: str | None = None,
            screen16x9_theme: str | None = None,
        ) -> Club:
            """`edit_club`, returning the answer as a `Club`.

            Edit a club; only the given fields change.

            Args:
                club_id: the club's ID.
                name: 3 to 20 characters.
                state: `public` (anyone joins), `private-open` (players ask to join) or
                    `private-closed` (nobody joins; the club stays visible).
                tag: shown next to members' names in game, at most 5 characters; `$` styling codes
                    do not count.
                description: at most 200 characters.
                icon_theme, decal_theme, vertical_theme, background_theme, screen8x1_theme,
                    screen16x1_theme, screen16x9_theme: preset theme names in lower case (the
                    game's `Manialinks/Nadeo/CMGame/OfficialThemes`); the 64x41 screen follows the
                    16x9 one.

            Remarks: needs a service account that is the club's creator or an admin (others get a
            `clubMemberRole:error-notMember` or `clubMemberRole:error-notAdmin` error). Making the
            club `public` lets every pending member request in. `$` styling codes in the tag do not
            count towards its 5 characters; preset themes leave the media URLs empty. An unknown state
            is refused (`state:error-inArray`).
            """
            ...

    class _GetClubMemberRequests(Protocol):
        async def __call__(
            self,
            token: ServiceToken,
            club_id: int,
            length: int = 20,
            offset: int = 0,
        ) -> dict[str, Any]:
            """Get a page of a club's pending member requests (role `Apply`).

            Args:
                club_id: the club's ID.
                length: requests to get (at least 1).
                offset: requests to skip.

            Remarks: not for dedicated server accounts. Only `private-open` clubs take requests;
            other clubs, and unknown clubs, answer an empty list.
            """
            ...

        async def typed(
            self,
            token: ServiceToken,
            club_id: int,
            length: int = 20,
            offset: int = 0,
        ) -> ClubMemberList:
            """`get_club_member_requests`, returning the answer as a `ClubMemberList`.

            Get a page of a club's pending member requests (role `Apply`).

            Args:
                club_id: the club's ID.
                length: requests to get (at least 1).
                offset: requests to skip.

            Remarks: not for dedicated server accounts. Only `private-open` clubs take requests;
            other clubs, and unknown clubs, answer an empty list.
            """
            ...

    class _EditClubMember(Protocol):
        async def __call__(
            self,
            token: ServiceToken,
            club_id: int,
            account_id: str,
            role: str | None = None,
        ) -> dict[str, Any]:
            """Change a club member's role.

            Args:
                club_id: the club's ID.
                account_id: the member's account ID.
                role: `Member`, `Content Creator` or `Admin` (nobody can be made `Creator`).

            Remarks: needs a service account that is the club's creator or an admin
            (`clubMemberRole:error-notMember` / `clubMemberRole:error-notAdmin` otherwise); an account
            that is not a member is `clubMember:error-notFound`; the role `Creator` is refused with
            `role:error-creatorForbidden` and other unknown roles with `role:error-inArray`.
            """
            ...

        async def typed(
            self,
            token: ServiceToken,
            club_id: int,
            account_id: str,
            role: str | None = None,
        ) -> ClubMember:
            """`edit_club_member`, returning the answer as a `ClubMember`.

            Change a club member's role.

            Args:
                club_id: the club's ID.
                account_id: the member's account ID.
                role: `Member`, `Content Creator` or `Admin` (nobody can be made `Creator`).

            Remarks: needs a service account that is the club's creator or an admin
            (`clubMemberRole:error-notMember` / `clubMemberRole:error-notAdmin` otherwise); an account
            that is not a member is `clubMember:error-notFound`; the role `Creator` is refused with
            `role:error-creatorForbidden` and other unknown roles with `role:error-inArray`.
            """
            ...

    class _SetClubVip(Protocol):
        async def __call__(
            self,
            token: ServiceToken,
            club_id: int,
            account_id: str,
        ) -> dict[str, Any]:
            """Make a club member a VIP (VIPs make the in-game club VIP leaderboard).

            Args:
                club_id: the club's ID.
                account_id: the member's account ID.

            Remarks: needs a service account that is the club's creator or an admin: others get a 403
            (`clubMemberRole:error-notMember` or `clubMemberRole:error-notAdmin`); an account that is
            not a member is a 404 (`clubMember:error-notFound`).
            """
            ...

        async def typed(self, token: ServiceToken, club_id: int, account_id: str) -> ClubMember:
            """`set_club_vip`, returning the answer as a `ClubMember`.

            Make a club member a VIP (VIPs make the in-game club VIP leaderboard).

            Args:
                club_id: the club's ID.
                account_id: the member's account ID.

            Remarks: needs a service account that is the club's creator or an admin: others get a 403
            (`clubMemberRole:error-notMember` or `clubMemberRole:error-notAdmin`); an account that is
            not a member is a 404 (`clubMember:error-notFound`).
            """
            ...

    class _UnsetClubVip(Protocol):
        async def __call__(
            self,
            token: ServiceToken,
            club_id: int,
            account_id: str,
        ) -> dict[str, Any]:
            """Make a club VIP a plain member again.

            Args:
                club_id: the club's ID.
                account_id: the member's account ID.

            Remarks: needs a service account that is the club's creator or an admin: others get a 403
            (`clubMemberRole:error-notMember` or `clubMemberRole:error-notAdmin`); an account that is
            not a member is a 404 (`clubMember:error-notFound`).
            """
            ...

        async def typed(self, token: ServiceToken, club_id: int, account_id: str) -> ClubMember:
            """`unset_club_vip`, returning the answer as a `ClubMember`.

            Make a club VIP a plain member again.

            Args:
                club_id: the club's ID.
                account_id: the member's account ID.

            Remarks: needs a service account that is the club's creator or an admin: others get a 403
            (`clubMemberRole:error-notMember` or `clubMemberRole:error-notAdmin`); an account that is
            not a member is a 404 (`clubMember:error-notFound`).
            """
            ...

    class _DeleteClub(Protocol):
        async def __call__(self, token: ServiceToken, club_id: int) -> str:
            """Delete a club the account created, with all its content (for good); answers the text
            `Club deleted.`

            Args:
                club_id: the club's ID.

            Remarks: only useful with user accounts, not dedicated servers; only the creator may
            delete (`clubMemberRole:error-notCreator`); a missing club or a non-member is a 403
            (`clubMemberRole:error-notMember`). Deleting any club resets the account's club tag and
            pinned club.
            """
            ...

    class _DeleteClubMember(Protocol):
        async def __call__(self, token: ServiceToken, club_id: int, account_id: str) -> str:
            """Remove a member from a club, or leave it (your own account ID); answers the text
            `Club member deleted`.

            Args:
                club_id: the club's ID.
                account_id: the member's account ID.

            Remarks: only useful with user accounts, not dedicated servers. Removing someone else
            needs an admin (`clubMemberRole:error-notAdmin`, 403, also for a missing club); an account
            that is not a member is a 404 (`clubMember:error-notFound`). A creator leaving their own
            club gets a 200 but stays.
            """
            ...

    class _CreateClubCampaign(Protocol):
        async def __call__(
            self,
            token: ServiceToken,
            club_id: int,
            name: str,
            map_uids: Sequence[str] = (),
            folder_id: int = 0,
        ) -> dict[str, Any]:
            """Create a campaign in a club.

            Args:
                club_id: the ID of the club.
                name: the campaign's name, 1 to 20 characters.
                map_uids: the campaign's maps in order (sent as the `playlist`, positions from 0).
                folder_id: the folder to create it in; 0 for none.

            Remarks: Only useful with user accounts, not dedicated servers. The campaign is created
            deactivated: activate it with `edit_club_activity(active=True)`. The maps' order in the playlist
            decides their positions, not their `position`; a playlist entry without `mapUid` or `position`
            is skipped. Maps must be uploaded to Nadeo beforehand; an unknown or repeated map UID is a 500.
            A missing club or a non-member is refused with `clubMemberRole:error-notMember`, a member who
            may not manage content with `clubMemberRole:error-notContentCreator`. Activities can be created
            in folders (`folder_id`; 0 for none). As of 2024-01-17 custom media link to `.dds` files by
            default, with scaled versions in separate fields (preset themes have none).
            """
            ...

        async def typed(
            self,
            token: ServiceToken,
            club_id: int,
            name: str,
            map_uids: Sequence[str] = (),
            folder_id: int = 0,
        ) -> EditedClubCampaign:
            """`create_club_campaign`, returning the answer as a `EditedClubCampaign`.

            Create a campaign in a club.

            Args:
                club_id: the ID of the club.
                name: the campaign's name, 1 to 20 characters.
                map_uids: the campaign's maps in order (sent as the `playlist`, positions from 0).
                folder_id: the folder to create it in; 0 for none.

            Remarks: Only useful with user accounts, not dedicated servers. The campaign is created
            deactivated: activate it with `edit_club_activity(active=True)`. The maps' order in the playlist
            decides their positions, not their `position`; a playlist entry without `mapUid` or `position`
            is skipped. Maps must be uploaded to Nadeo beforehand; an unknown or repeated map UID is a 500.
            A missing club or a non-member is refused with `clubMemberRole:error-notMember`, a member who
            may not manage content with `clubMemberRole:error-notContentCreator`. Activities can be created
            in folders (`folder_id`; 0 for none). As of 2024-01-17 custom media link to `.dds` files by
            default, with scaled versions in separate fields (preset themes have none).
            """
            ...

    class _CreateClubFolder(Protocol):
        async def __call__(
            self,
            token: ServiceToken,
            club_id: int,
            name: str,
            folder_id: int = 0,
        ) -> dict[str, Any]:
            """Create a folder in a club, to organise its activities (folders nest).

            Args:
                club_id: the ID of the club.
                name: the folder's name, 1 to 20 characters.
                folder_id: the parent folder; 0 for none.

            Remarks: Only useful with user accounts, not dedicated servers. A missing club is refused with
            `activity:error-notFound`, an account that may not manage content with
            `clubMemberRole:error-notContentCreator`. As of 2024-01-17 custom media link to `.dds` files by
            default, with scaled versions in separate fields (preset themes have none).
            """
            ...

        async def typed(
            self,
            token: ServiceToken,
            club_id: int,
            name: str,
            folder_id: int = 0,
        ) -> ClubActivity:
            """`create_club_folder`, returning the answer as a `ClubActivity`.

            Create a folder in a club, to organise its activities (folders nest).

            Args:
                club_id: the ID of the club.
                name: the folder's name, 1 to 20 characters.
                folder_id: the parent folder; 0 for none.

            Remarks: Only useful with user accounts, not dedicated servers. A missing club is refused with
            `activity:error-notFound`, an account that may not manage content with
            `clubMemberRole:error-notContentCreator`. As of 2024-01-17 custom media link to `.dds` files by
            default, with scaled versions in separate fields (preset themes have none).
            """
            ...

    class _CreateClubMapReview(Protocol):
        async def __call__(
            self,
            token: ServiceToken,
            club_id: int,
            name: str,
            time_limit: int = 180,
            scalable: bool = True,
            max_player: int = 64,
            allow_vote_skip_map: bool = False,
            submission_limitation: bool = False,
            folder_id: int = 0,
        ) -> dict[str, Any]:
            """Create a map review activity in a club.

            Args:
                club_id: the ID of the club.
                name: the activity's name, 1 to 20 characters.
                time_limit: seconds per map, 1 to 3600.
                scalable: open another server when the room is full.
                max_player: players per room, 1 to 100.
                allow_vote_skip_map: let players vote to skip the current map.
                submission_limitation: let each player submit only one map an hour.
                folder_id: the folder to create it in; 0 for none.

            Remarks: Only useful with user accounts, not dedicated servers. A missing club or a non-member
            is refused with `clubMemberRole:error-notMember`, a member who may not manage content with
            `clubMemberRole:error-notContentCreator`. As of 2024-01-17 custom media link to `.dds` files by
            default, with scaled versions in separate fields (preset themes have none).
            """
            ...

        async def typed(
            self,
            token: ServiceToken,
            club_id: int,
            name: str,
            time_limit: int = 180,
            scalable: bool = True,
            max_player: int = 64,
            allow_vote_skip_map: bool = False,
            submission_limitation: bool = False,
            folder_id: int = 0,
        ) -> ClubMapReview:
            """`create_club_map_review`, returning the answer as a `ClubMapReview`.

            Create a map review activity in a club.

            Args:
                club_id: the ID of the club.
                name: the activity's name, 1 to 20 characters.
                time_limit: seconds per map, 1 to 3600.
                scalable: open another server when the room is full.
                max_player: players per room, 1 to 100.
                allow_vote_skip_map: let players vote to skip the current map.
                submission_limitation: let each player submit only one map an hour.
                folder_id: the folder to create it in; 0 for none.

            Remarks: Only useful with user accounts, not dedicated servers. A missing club or a non-member
            is refused with `clubMemberRole:error-notMember`, a member who may not manage content with
            `clubMemberRole:error-notContentCreator`. As of 2024-01-17 custom media link to `.dds` files by
            default, with scaled versions in separate fields (preset themes have none).
            """
            ...

    class _CreateClubNews(Protocol):
        async def __call__(
            self,
            token: ServiceToken,
            club_id: int,
            name: str,
            headline: str = "",
            body: str = "",
            folder_id: int = 0,
        ) -> dict[str, Any]:
            """Create a news article in a club.

            Args:
                club_id: the ID of the club.
                name: the article's name, 1 to 20 characters.
                headline: shown below the name, at most 40 characters.
                body: the article, at most 2000 characters; `$` text styling is allowed and not
                    counted.
                folder_id: the folder to create it in; 0 for none.

            Remarks: Only useful with user accounts, not dedicated servers. A missing club or a non-member
            is refused with `clubMemberRole:error-notMember`, a member who may not manage content with
            `clubMemberRole:error-notContentCreator`. As of 2024-01-17 custom media link to `.dds` files by
            default, with scaled versions in separate fields (preset themes have none).
            """
            ...

        async def typed(
            self,
            token: ServiceToken,
            club_id: int,
            name: str,
            headline: str = "",
            body: str = "",
            folder_id: int = 0,
        ) -> ClubNews:
            """`create_club_news`, returning the answer as a `ClubNews`.

            Create a news article in a club.

            Args:
                club_id: the ID of the club.
                name: the article's name, 1 to 20 characters.
                headline: shown below the name, at most 40 characters.
                body: the article, at most 2000 characters; `$` text styling is allowed and not
                    counted.
                folder_id: the folder to create it in; 0 for none.

            Remarks: Only useful with user accounts, not dedicated servers. A missing club or a non-member
            is refused with `clubMemberRole:error-notMember`, a member who may not manage content with
            `clubMemberRole:error-notContentCreator`. As of 2024-01-17 custom media link to `.dds` files by
            default, with scaled versions in separate fields (preset themes have none).
            """
            ...

    class _CreateClubRanking(Protocol):
        async def __call__(
            self,
            token: ServiceToken,
            club_id: int,
            name: str,
            use_case: str,
            campaign_id: int | None = None,
            folder_id: int = 0,
        ) -> dict[str, Any]:
            """Create a ranking in a club.

            Args:
                club_id: the ID of the club.
                name: the ranking's name, 1 to 20 characters.
                use_case: `ranking-official` (the current seasonal campaign), `ranking-daily` (Track
                    of the Day) or `ranking-club` (a campaign of the club).
                campaign_id: the campaign ID of the club's campaign; required for `ranking-club`.
                folder_id: the folder to create it in; 0 for none.

            Remarks: Only useful with user accounts, not dedicated servers. A campaign that is not the
            club's, or does not exist, still makes a ranking (the game then shows an error). Another use
            case is refused with `useCase:error-inArray`. A missing club or a non-member is refused with
            `clubMemberRole:error-notMember`, a member who may not manage content with
            `clubMemberRole:error-notContentCreator`.
            """
            ...

        async def typed(
            self,
            token: ServiceToken,
            club_id: int,
            name: str,
            use_case: str,
            campaign_id: int | None = None,
            folder_id: int = 0,
        ) -> ClubRanking:
            """`create_club_ranking`, returning the answer as a `ClubRanking`.

            Create a ranking in a club.

            Args:
                club_id: the ID of the club.
                name: the ranking's name, 1 to 20 characters.
                use_case: `ranking-official` (the current seasonal campaign), `ranking-daily` (Track
                    of the Day) or `ranking-club` (a campaign of the club).
                campaign_id: the campaign ID of the club's campaign; required for `ranking-club`.
                folder_id: the folder to create it in; 0 for none.

            Remarks: Only useful with user accounts, not dedicated servers. A campaign that is not the
            club's, or does not exist, still makes a ranking (the game then shows an error). Another use
            case is refused with `useCase:error-inArray`. A missing club or a non-member is refused with
            `clubMemberRole:error-notMember`, a member who may not manage content with
            `clubMemberRole:error-notContentCreator`.
            """
            ...

    class _CreateClubRoom(Protocol):
        async def __call__(
            self,
            token: ServiceToken,
            club_id: int,
            name: str,
            region: str,
            max_players_per_server: int,
            script: str,
            settings: Sequence[Mapping[str, str]] = (),
            maps: Sequence[str] = (),
            scalable: bool = False,
            password: bool = False,
            shuffle_playlist: bool = False,
            folder_id: int = 0,
        ) -> dict[str, Any]:
            """Create a room in a club.

            Args:
                club_id: the ID of the club.
                name: the room's name, 1 to 20 characters.
                region: `eu-west`, `ca-central` or `ap-southeast`.
                max_players_per_server: players per server.
                script: the game mode script, e.g. `TrackMania/TM_TimeAttack_Online.Script.txt`.
                settings: game mode settings, each a dict of string `key`, `value` and `type`.
                maps: the room's map UIDs.
                scalable: open another server when one is full.
                password: require a password (read it with `get_club_room_password`).
                shuffle_playlist: shuffle the maps each time the room starts.
                folder_id: the folder to create it in; 0 for none.

            Remarks: Only useful with user accounts, not dedicated servers. Repeated map UIDs are ignored;
            an unknown one is a 500. An unknown script makes the room fail to start (an error in the game).
            Another region is refused with `region:region not in available choice`. `shuffle_playlist` is
            not applied on creation (the documented answer says false after asking for it): set it with
            `edit_club_room`. A missing club or a non-member is refused with
            `clubMemberRole:error-notMember`, a member who may not manage content with
            `clubMemberRole:error-notContentCreator`. Activities can be created in folders (`folder_id`; 0
            for none). As of 2024-01-17 custom media link to `.dds` files by default, with scaled versions
            in separate fields (preset themes have none).
            """
            ...

        async def typed(
            self,
            token: ServiceToken,
            club_id: int,
            name: str,
            region: str,
            max_players_per_server: int,
            script: str,
            settings: Sequence[Mapping[str, str]] = (),
            maps: Sequence[str] = (),
            scalable: bool = False,
            password: bool = False,
            shuffle_playlist: bool = False,
            folder_id: int = 0,
        ) -> ClubRoom:
            """`create_club_room`, returning the answer as a `ClubRoom`.

            Create a room in a club.

            Args:
                club_id: the ID of the club.
                name: the room's name, 1 to 20 characters.
                region: `eu-west`, `ca-central` or `ap-southeast`.
                max_players_per_server: players per server.
                script: the game mode script, e.g. `TrackMania/TM_TimeAttack_Online.Script.txt`.
                settings: game mode settings, each a dict of string `key`, `value` and `type`.
                maps: the room's map UIDs.
                scalable: open another server when one is full.
                password: require a password (read it with `get_club_room_password`).
                shuffle_playlist: shuffle the maps each time the room starts.
                folder_id: the folder to create it in; 0 for none.

            Remarks: Only useful with user accounts, not dedicated servers. Repeated map UIDs are ignored;
            an unknown one is a 500. An unknown script makes the room fail to start (an error in the game).
            Another region is refused with `region:region not in available choice`. `shuffle_playlist` is
            not applied on creation (the documented answer says false after asking for it): set it with
            `edit_club_room`. A missing club or a non-member is refused with
            `clubMemberRole:error-notMember`, a member who may not manage content with
            `clubMemberRole:error-notContentCreator`. Activities can be created in folders (`folder_id`; 0
            for none). As of 2024-01-17 custom media link to `.dds` files by default, with scaled versions
            in separate fields (preset themes have none).
            """
            ...

    class _CreateClubUpload(Protocol):
        async def __call__(
            self,
            token: ServiceToken,
            club_id: int,
            name: str,
            upload_type: str,
            folder_id: int = 0,
        ) -> dict[str, Any]:
            """Create an upload activity in a club, where players add maps, skins or items.

            Args:
                club_id: the ID of the club.
                name: the activity's name, 1 to 20 characters.
                upload_type: `map-upload`, `skin-upload` or `item-upload` (sent as `type`).
                folder_id: the folder to create it in; 0 for none.

            Remarks: Only useful with user accounts, not dedicated servers. Another type is refused with
            `type:error-inArray`. A missing club or a non-member is refused with
            `clubMemberRole:error-notMember`, a member who may not manage content with
            `clubMemberRole:error-notContentCreator`. As of 2024-01-17 custom media link to `.dds` files by
            default, with scaled versions in separate fields (preset themes have none).
            """
            ...

        async def typed(
            self,
            token: ServiceToken,
            club_id: int,
            name: str,
            upload_type: str,
            folder_id: int = 0,
        ) -> ClubUpload:
            """`create_club_upload`, returning the answer as a `ClubUpload`.

            Create an upload activity in a club, where players add maps, skins or items.

            Args:
                club_id: the ID of the club.
                name: the activity's name, 1 to 20 characters.
                upload_type: `map-upload`, `skin-upload` or `item-upload` (sent as `type`).
                folder_id: the folder to create it in; 0 for none.

            Remarks: Only useful with user accounts, not dedicated servers. Another type is refused with
            `type:error-inArray`. A missing club or a non-member is refused with
            `clubMemberRole:error-notMember`, a member who may not manage content with
            `clubMemberRole:error-notContentCreator`. As of 2024-01-17 custom media link to `.dds` files by
            default, with scaled versions in separate fields (preset themes have none).
            """
            ...

    class _EditClubActivity(Protocol):
        async def __call__(
            self,
            token: ServiceToken,
            club_id: int,
            activity_id: int,
            name: str | None = None,
            active: bool | None = None,
            featured: bool | None = None,
            folder_id: int | None = None,
            media_theme: str | None = None,
            position: int | None = None,
            public: bool | None = None,
        ) -> dict[str, Any]:
            """Edit what every club activity has: its name, state, folder, theme and position.

            Args:
                club_id: the ID of the club.
                activity_id: the activity ID.
                name: the new name.
                active: activate or deactivate it.
                featured: feature it in the club or not.
                folder_id: move it to that folder; 0 moves it out of folders.
                media_theme: a preset theme, in lower case (e.g. `mirage`; the game's
                    `Manialinks/Nadeo/CMGame/OfficialThemes` lists them).
                position: its new position in the club's list.
                public: make it public or private.

            Remarks: Only useful with user accounts, not dedicated servers. Valid positions depend on the
            club's other activities, including deactivated and deleted ones: use one that
            `get_club_activities` shows. An invalid position, or the current one, is refused with
            `position:error-wrongPosition`; an unknown folder with `folder:error-notFound`; a missing club
            or activity, or a non-member, with `clubMemberRole:error-notMember`; a member who may not manage
            content with `clubMemberRole:error-notContentCreator`. As of 2024-01-17 custom media link to
            `.dds` files by default, with scaled versions in separate fields (preset themes have none).
            """
            ...

        async def typed(
            self,
            token: ServiceToken,
            club_id: int,
            activity_id: int,
            name: str | None = None,
            active: bool | None = None,
            featured: bool | None = None,
            folder_id: int | None = None,
            media_theme: str | None = None,
            position: int | None = None,
            public: bool | None = None,
        ) -> ClubActivity:
            """`edit_club_activity`, returning the answer as a `ClubActivity`.

            Edit what every club activity has: its name, state, folder, theme and position.

            Args:
                club_id: the ID of the club.
                activity_id: the activity ID.
                name: the new name.
                active: activate or deactivate it.
                featured: feature it in the club or not.
                folder_id: move it to that folder; 0 moves it out of folders.
                media_theme: a preset theme, in lower case (e.g. `mirage`; the game's
                    `Manialinks/Nadeo/CMGame/OfficialThemes` lists them).
                position: its new position in the club's list.
                public: make it public or private.

            Remarks: Only useful with user accounts, not dedicated servers. Valid positions depend on the
            club's other activities, including deactivated and deleted ones: use one that
            `get_club_activities` shows. An invalid position, or the current one, is refused with
            `position:error-wrongPosition`; an unknown folder with `folder:error-notFound`; a missing club
            or activity, or a non-member, with `clubMemberRole:error-notMember`; a member who may not manage
            content with `clubMemberRole:error-notContentCreator`. As of 2024-01-17 custom media link to
            `.dds` files by default, with scaled versions in separate fields (preset themes have none).
            """
            ...

    class _EditClubCampaign(Protocol):
        async def __call__(
            self,
            token: ServiceToken,
            club_id: int,
            campaign_id: int,
            name: str | None = None,
            map_uids: Sequence[str] | None = None,
        ) -> dict[str, Any]:
            """Edit a club campaign's name or maps.

            Args:
                club_id: the ID of the club.
                campaign_id: the campaign ID (not the activity ID).
                name: the new name, 1 to 20 characters.
                map_uids: the new maps in order (sent as the `playlist`, positions from 0).

            Remarks: Only useful with user accounts, not dedicated servers. The maps' order in the playlist
            decides their positions; an entry without `mapUid` or `position` is skipped. Maps must be
            uploaded to Nadeo beforehand; an unknown map UID is a 500. A missing club or a non-member is
            refused with `clubMemberRole:error-notMember`, a missing activity with
            `activity:error-notFound`, a member who may not manage content with
            `clubMemberRole:error-notContentCreator`. As of 2024-01-17 custom media link to `.dds` files by
            default, with scaled versions in separate fields (preset themes have none).
            """
            ...

        async def typed(
            self,
            token: ServiceToken,
            club_id: int,
            campaign_id: int,
            name: str | None = None,
            map_uids: Sequence[str] | None = None,
        ) -> EditedClubCampaign:
            """`edit_club_campaign`, returning the answer as a `EditedClubCampaign`.

            Edit a club campaign's name or maps.

            Args:
                club_id: the ID of the club.
                campaign_id: the campaign ID (not the activity ID).
                name: the new name, 1 to 20 characters.
                map_uids: the new maps in order (sent as the `playlist`, positions from 0).

            Remarks: Only useful with user accounts, not dedicated servers. The maps' order in the playlist
            decides their positions; an entry without `mapUid` or `position` is skipped. Maps must be
            uploaded to Nadeo beforehand; an unknown map UID is a 500. A missing club or a non-member is
            refused with `clubMemberRole:error-notMember`, a missing activity with
            `activity:error-notFound`, a member who may not manage content with
            `clubMemberRole:error-notContentCreator`. As of 2024-01-17 custom media link to `.dds` files by
            default, with scaled versions in separate fields (preset themes have none).
            """
            ...

    class _EditClubMapReview(Protocol):
        async def __call__(
            self,
            token: ServiceToken,
            club_id: int,
            activity_id: int,
            name: str | None = None,
            time_limit: int | None = None,
            scalable: bool | None = None,
            max_player: int | None = None,
            allow_vote_skip_map: bool | None = None,
            submission_limitation: bool | None = None,
        ) -> dict[str, Any]:
            """Edit a club map review activity.

            Args:
                club_id: the ID of the club.
                activity_id: the activity ID of the map review.
                name: the new name, 1 to 20 characters.
                time_limit: seconds per map, 1 to 3600.
                scalable: open another server when the room is full.
                max_player: players per room, 1 to 100.
                allow_vote_skip_map: let players vote to skip the current map.
                submission_limitation: let each player submit only one map an hour.

            Remarks: Only useful with user accounts, not dedicated servers. A missing club or a non-member
            is refused with `clubMemberRole:error-notMember`, a missing activity with
            `activity:error-notFound`, a member who may not manage content with
            `clubMemberRole:error-notContentCreator`. As of 2024-01-17 custom media link to `.dds` files by
            default, with scaled versions in separate fields (preset themes have none).
            """
            ...

        async def typed(
            self,
            token: ServiceToken,
            club_id: int,
            activity_id: int,
            name: str | None = None,
            time_limit: int | None = None,
            scalable: bool | None = None,
            max_player: int | None = None,
            allow_vote_skip_map: bool | None = None,
            submission_limitation: bool | None = None,
        ) -> ClubMapReview:
            """`edit_club_map_review`, returning the answer as a `ClubMapReview`.

            Edit a club map review activity.

            Args:
                club_id: the ID of the club.
                activity_id: the activity ID of the map review.
                name: the new name, 1 to 20 characters.
                time_limit: seconds per map, 1 to 3600.
                scalable: open another server when the room is full.
                max_player: players per room, 1 to 100.
                allow_vote_skip_map: let players vote to skip the current map.
                submission_limitation: let each player submit only one map an hour.

            Remarks: Only useful with user accounts, not dedicated servers. A missing club or a non-member
            is refused with `clubMemberRole:error-notMember`, a missing activity with
            `activity:error-notFound`, a member who may not manage content with
            `clubMemberRole:error-notContentCreator`. As of 2024-01-17 custom media link to `.dds` files by
            default, with scaled versions in separate fields (preset themes have none).
            """
            ...

    class _EditClubNews(Protocol):
        async def __call__(
            self,
            token: ServiceToken,
            club_id: int,
            activity_id: int,
            name: str | None = None,
            headline: str | None = None,
            body: str | None = None,
        ) -> dict[str, Any]:
            """Edit a club news article.

            Args:
                club_id: the ID of the club.
                activity_id: the activity ID of the article.
                name: the new name, 1 to 20 characters.
                headline: the new headline, at most 40 characters.
                body: the new article, at most 2000 characters; `$` text styling is allowed and not
                    counted.

            Remarks: Only useful with user accounts, not dedicated servers. A missing club or a non-member
            is refused with `clubMemberRole:error-notMember`, a missing activity with
            `activity:error-notFound`, a member who may not manage content with
            `clubMemberRole:error-notContentCreator`. As of 2024-01-17 custom media link to `.dds` files by
            default, with scaled versions in separate fields (preset themes have none).
            """
            ...

        async def typed(
            self,
            token: ServiceToken,
            club_id: int,
            activity_id: int,
            name: str | None = None,
            headline: str | None = None,
            body: str | None = None,
        ) -> ClubNews:
            """`edit_club_news`, returning the answer as a `ClubNews`.

            Edit a club news article.

            Args:
                club_id: the ID of the club.
                activity_id: the activity ID of the article.
                name: the new name, 1 to 20 characters.
                headline: the new headline, at most 40 characters.
                body: the new article, at most 2000 characters; `$` text styling is allowed and not
                    counted.

            Remarks: Only useful with user accounts, not dedicated servers. A missing club or a non-member
            is refused with `clubMemberRole:error-notMember`, a missing activity with
            `activity:error-notFound`, a member who may not manage content with
            `clubMemberRole:error-notContentCreator`. As of 2024-01-17 custom media link to `.dds` files by
            default, with scaled versions in separate fields (preset themes have none).
            """
            ...

    class _EditClubRoom(Protocol):
        async def __call__(
            self,
            token: ServiceToken,
            club_id: int,
            activity_id: int,
            name: str | None = None,
            region: str | None = None,
            max_players_per_server: int | None = None,
            script: str | None = None,
            settings: Sequence[Mapping[str, str]] | None = None,
            maps: Sequence[str] | None = None,
            scalable: bool | None = None,
            shuffle_playlist: bool | None = None,
        ) -> dict[str, Any]:
            """Edit a club room.

            Args:
                club_id: the ID of the club.
                activity_id: the activity ID of the room.
                name: the new name, 1 to 20 characters.
                region: `eu-west`, `ca-central` or `ap-southeast`.
                max_players_per_server: players per server.
                script: the game mode script.
                settings: game mode settings to change, each a dict of string `key`, `value`
                    and `type`.
                maps: the room's new map UIDs.
                scalable: open another server when one is full.
                shuffle_playlist: shuffle the maps each time the room starts.

            Remarks: Only useful with user accounts, not dedicated servers. Repeated map UIDs are ignored;
            an unknown one is a 500. An unknown script makes the room fail to start (an error in the game).
            Another region is refused with `region:region not in available choice`. An unknown script stops
            the room at the next map. A missing room or a non-member is refused with
            `clubMemberRole:error-notMember`, a member who may not manage content with
            `clubMemberRole:error-notContentCreator`. As of 2024-01-17 custom media link to `.dds` files by
            default, with scaled versions in separate fields (preset themes have none).
            """
            ...

        async def typed(
            self,
            token: ServiceToken,
            club_id: int,
            activity_id: int,
            name: str | None = None,
            region: str | None = None,
            max_players_per_server: int | None = None,
            script: str | None = None,
            settings: Sequence[Mapping[str, str]] | None = None,
            maps: Sequence[str] | None = None,
            scalable: bool | None = None,
            shuffle_playlist: bool | None = None,
        ) -> ClubRoom:
            """`edit_club_room`, returning the answer as a `ClubRoom`.

            Edit a club room.

            Args:
                club_id: the ID of the club.
                activity_id: the activity ID of the room.
                name: the new name, 1 to 20 characters.
                region: `eu-west`, `ca-central` or `ap-southeast`.
                max_players_per_server: players per server.
                script: the game mode script.
                settings: game mode settings to change, each a dict of string `key`, `value`
                    and `type`.
                maps: the room's new map UIDs.
                scalable: open another server when one is full.
                shuffle_playlist: shuffle the maps each time the room starts.

            Remarks: Only useful with user accounts, not dedicated servers. Repeated map UIDs are ignored;
            an unknown one is a 500. An unknown script makes the room fail to start (an error in the game).
            Another region is refused with `region:region not in available choice`. An unknown script stops
            the room at the next map. A missing room or a non-member is refused with
            `clubMemberRole:error-notMember`, a member who may not manage content with
            `clubMemberRole:error-notContentCreator`. As of 2024-01-17 custom media link to `.dds` files by
            default, with scaled versions in separate fields (preset themes have none).
            """
            ...

    class _CreateClubRoomFromServer(Protocol):
        async def __call__(
            self,
            token: ServiceToken,
            club_id: int,
            name: str,
            login: str,
            folder_id: int = 0,
        ) -> dict[str, Any]:
            """Create a room in a club, hosted on one of your dedicated server accounts.

            Args:
                club_id: the ID of the club.
                name: the room's name, 1 to 20 characters.
                login: the dedicated server account's login (not its account ID).
                folder_id: the folder to create it in; 0 for none.

            Remarks: Only useful with user accounts, not dedicated servers. The room's answer carries less
            than a Nadeo-hosted room's: `maps` and `scriptSettings` are empty or what the server last
            reported. One login may host several rooms: a login already in use is not refused
            (`get_server_accounts` says which are), an unknown one is refused with
            `serverLogin:error-inArray`. A missing club or a non-member is refused with
            `clubMemberRole:error-notMember`, a member who may not manage content with
            `clubMemberRole:error-notContentCreator`. Activities can be created in folders (`folder_id`; 0
            for none). As of 2024-01-17 custom media link to `.dds` files by default, with scaled versions
            in separate fields (preset themes have none).
            """
            ...

        async def typed(
            self,
            token: ServiceToken,
            club_id: int,
            name: str,
            login: str,
            folder_id: int = 0,
        ) -> ClubRoom:
            """`create_club_room_from_server`, returning the answer as a `ClubRoom`.

            Create a room in a club, hosted on one of your dedicated server accounts.

            Args:
                club_id: the ID of the club.
                name: the room's name, 1 to 20 characters.
                login: the dedicated server account's login (not its account ID).
                folder_id: the folder to create it in; 0 for none.

            Remarks: Only useful with user accounts, not dedicated servers. The room's answer carries less
            than a Nadeo-hosted room's: `maps` and `scriptSettings` are empty or what the server last
            reported. One login may host several rooms: a login already in use is not refused
            (`get_server_accounts` says which are), an unknown one is refused with
            `serverLogin:error-inArray`. A missing club or a non-member is refused with
            `clubMemberRole:error-notMember`, a member who may not manage content with
            `clubMemberRole:error-notContentCreator`. Activities can be created in folders (`folder_id`; 0
            for none). As of 2024-01-17 custom media link to `.dds` files by default, with scaled versions
            in separate fields (preset themes have none).
            """
            ...

    class _EditClubRoomFromServer(Protocol):
        async def __call__(
            self,
            token: ServiceToken,
            club_id: int,
            activity_id: int,
            name: str,
            login: str,
            folder_id: int | None = None,
        ) -> dict[str, Any]:
            """Edit a club room hosted on a dedicated server: its name, its server, its folder.

            Args:
                club_id: the ID of the club.
                activity_id: the activity ID of the room.
                name: the room's name, 1 to 20 characters.
                login: the dedicated server account's login (not its account ID).
                folder_id: the folder to move it to (0: out of any folder); None to leave it.

            Remarks: Only useful with user accounts, not dedicated servers. The room's answer carries less
            than a Nadeo-hosted room's: `maps` and `scriptSettings` are empty or what the server last
            reported. One login may host several rooms: a login already in use is not refused
            (`get_server_accounts` says which are), an unknown one is refused with
            `serverLogin:error-inArray`. A missing club or a non-member is refused with
            `clubMemberRole:error-notMember`, a missing activity with `activity:error-notFound`, a member
            who may not manage content with `clubMemberRole:error-notContentCreator`. As of 2024-01-17
            custom media link to `.dds` files by default, with scaled versions in separate fields (preset
            themes have none).
            """
            ...

        async def typed(
            self,
            token: ServiceToken,
            club_id: int,
            activity_id: int,
            name: str,
            login: str,
            folder_id: int | None = None,
        ) -> ClubRoom:
            """`edit_club_room_from_server`, returning the answer as a `ClubRoom`.

            Edit a club room hosted on a dedicated server: its name, its server, its folder.

            Args:
                club_id: the ID of the club.
                activity_id: the activity ID of the room.
                name: the room's name, 1 to 20 characters.
                login: the dedicated server account's login (not its account ID).
                folder_id: the folder to move it to (0: out of any folder); None to leave it.

            Remarks: Only useful with user accounts, not dedicated servers. The room's answer carries less
            than a Nadeo-hosted room's: `maps` and `scriptSettings` are empty or what the server last
            reported. One login may host several rooms: a login already in use is not refused
            (`get_server_accounts` says which are), an unknown one is refused with
            `serverLogin:error-inArray`. A missing club or a non-member is refused with
            `clubMemberRole:error-notMember`, a missing activity with `activity:error-notFound`, a member
            who may not manage content with `clubMemberRole:error-notContentCreator`. As of 2024-01-17
            custom media link to `.dds` files by default, with scaled versions in separate fields (preset
            themes have none).
            """
            ...

    class _DeleteClubActivity(Protocol):
        async def __call__(self, token: ServiceToken, club_id: int, activity_id: int) -> str:
            """Delete an activity from a club; answers the text `Activity deleted`.

            Args:
                club_id: the ID of the club.
                activity_id: the activity ID.

            Remarks: only useful with user accounts, not dedicated servers. Deleting a folder moves
            the activities inside it out of the folder. A missing club or a non-member is a 403
            (`clubMemberRole:error-notMember`), a member who may not delete a 403
            (`clubMemberRole:error-notAdmin`), a missing activity a 404 (`activity:error-notFound`).
            """
            ...

    class _AddClubUploadItems(Protocol):
        async def __call__(
            self,
            token: ServiceToken,
            club_id: int,
            activity_id: int,
            item_ids: Sequence[str],
        ) -> str:
            """Add maps, skins or items to a club's upload activity; answers the text `Items added.`

            Args:
                club_id: the ID of the club.
                activity_id: the upload's activity ID.
                item_ids: the IDs to add (at least one). An ID of the wrong kind is still added, and
                    the game may then show an error in the activity.

            Remarks: only useful with user accounts, not dedicated servers. The IDs
            depend on the upload's type: map UIDs for map uploads, skin and item IDs for the others,
            all uploaded to Nadeo beforehand. A missing club or a non-member is refused with
            `clubMemberRole:error-notMember`, a missing upload with `activity:error-notFound`, a member
            who may not manage content with `clubMemberRole:error-notContentCreator`.
            """
            ...

    class _RemoveClubUploadItems(Protocol):
        async def __call__(
            self,
            token: ServiceToken,
            club_id: int,
            activity_id: int,
            item_ids: Sequence[str],
        ) -> str:
            """Remove maps, skins or items from a club's upload activity; answers the text
            `Items removed.`

            Args:
                club_id: the ID of the club.
                activity_id: the upload's activity ID.
                item_ids: the IDs to remove (at least one).

            Remarks: only useful with user accounts, not dedicated servers. The IDs
            depend on the upload's type: map UIDs for map uploads, skin and item IDs for the others,
            all uploaded to Nadeo beforehand. A missing club or a non-member is refused with
            `clubMemberRole:error-notMember`, a missing upload with `activity:error-notFound`, a member
            who may not manage content with `clubMemberRole:error-notContentCreator`.
            """
            ...

    class _GetClubCampaign(Protocol):
        async def __call__(
            self,
            token: WebServicesToken,
            club_id: int,
            campaign_id: int,
        ) -> dict[str, Any]:
            """Get a club's campaign by its campaign ID.

            Args:
                club_id: the ID of the club.
                campaign_id: the campaign ID (not the activity ID; campaign IDs are much smaller).

            Remarks: custom media link to `.dds` files by default, with scaled PNG versions in the
            `mediaUrlPng*` fields; a missing club or campaign is a 404 (`activity:error-notFound`), a
            private one seen by a non-member a 403; a few campaigns consistently answer an empty body
            (returned as `{}`).
            """
            ...

        async def typed(
            self,
            token: WebServicesToken,
            club_id: int,
            campaign_id: int,
        ) -> ClubCampaign:
            """`get_club_campaign`, returning the answer as a `ClubCampaign`.

            Get a club's campaign by its campaign ID.

            Args:
                club_id: the ID of the club.
                campaign_id: the campaign ID (not the activity ID; campaign IDs are much smaller).

            Remarks: custom media link to `.dds` files by default, with scaled PNG versions in the
            `mediaUrlPng*` fields; a missing club or campaign is a 404 (`activity:error-notFound`), a
            private one seen by a non-member a 403; a few campaigns consistently answer an empty body
            (returned as `{}`).
            """
            ...

    class _GetClub(Protocol):
        async def __call__(self, token: WebServicesToken, club_id: int) -> dict[str, Any]:
            """Get a club by its ID.

            Args:
                club_id: the club's ID.

            Remarks: custom media link `.dds` files by default, with scaled PNG (JPG for the
            background) versions in separate fields; slots showing a preset theme have empty URLs. An
            unknown club is a 404 (`club:error-notFound`).
            """
            ...

        async def typed(self, token: WebServicesToken, club_id: int) -> Club:
            """`get_club`, returning the answer as a `Club`.

            Get a club by its ID.

            Args:
                club_id: the club's ID.

            Remarks: custom media link `.dds` files by default, with scaled PNG (JPG for the
            background) versions in separate fields; slots showing a preset theme have empty URLs. An
            unknown club is a 404 (`club:error-notFound`).
            """
            ...

    class _GetClubs(Protocol):
        async def __call__(
            self,
            token: WebServicesToken,
            length: int = 20,
            offset: int = 0,
            name: str | None = None,
        ) -> dict[str, Any]:
            """Get a page of clubs.

            Args:
                length: clubs to get, 1 to 250.
                offset: clubs to skip.
                name: text to look for in club names.

            Remarks: not every club is listed: without `name` only verified clubs are, and with a
            `name` at most 200 clubs match. Custom media link `.dds` files by default, with scaled
            PNG/JPG versions in separate fields.
            """
            ...

        async def typed(
            self,
            token: WebServicesToken,
            length: int = 20,
            offset: int = 0,
            name: str | None = None,
        ) -> ClubList:
            """`get_clubs`, returning the answer as a `ClubList`.

            Get a page of clubs.

            Args:
                length: clubs to get, 1 to 250.
                offset: clubs to skip.
                name: text to look for in club names.

            Remarks: not every club is listed: without `name` only verified clubs are, and with a
            `name` at most 200 clubs match. Custom media link `.dds` files by default, with scaled
            PNG/JPG versions in separate fields.
            """
            ...

    class _GetMyClubs(Protocol):
        async def __call__(
            self,
            token: ServiceToken,
            length: int = 20,
            offset: int = 0,
        ) -> dict[str, Any]:
            """Get a page of the clubs the account is a member of, each with the account's `role`.

            Args:
                length: clubs to get (at least 1).
                offset: clubs to skip.

            Remarks: needs a service account (the answer depends on the account's memberships).
            Custom media link `.dds` files by default, with scaled PNG/JPG versions in separate fields.
            """
            ...

        async def typed(self, token: ServiceToken, length: int = 20, offset: int = 0) -> MyClubList:
            """`get_my_clubs`, returning the answer as a `MyClubList`.

            Get a page of the clubs the account is a member of, each with the account's `role`.

            Args:
                length: clubs to get (at least 1).
                offset: clubs to skip.

            Remarks: needs a service account (the answer depends on the account's memberships).
            Custom media link `.dds` files by default, with scaled PNG/JPG versions in separate fields.
            """
            ...

    class _GetClubCompetitions(Protocol):
        async def __call__(
            self,
            token: WebServicesToken,
            length: int = 20,
            offset: int = 0,
            name: str | None = None,
        ) -> dict[str, Any]:
            """Get a page of club competitions, most popular first.

            Args:
                length: competitions to get, 1 to 250.
                offset: competitions to skip.
                name: text to look for in competition names.

            Remarks: not every competition is listed: without `name` only verified clubs'
            competitions are, and with a `name` at most 200 competitions match.
            """
            ...

        async def typed(
            self,
            token: WebServicesToken,
            length: int = 20,
            offset: int = 0,
            name: str | None = None,
        ) -> ClubCompetitionList:
            """`get_club_competitions`, returning the answer as a `ClubCompetitionList`.

            Get a page of club competitions, most popular first.

            Args:
                length: competitions to get, 1 to 250.
                offset: competitions to skip.
                name: text to look for in competition names.

            Remarks: not every competition is listed: without `name` only verified clubs'
            competitions are, and with a `name` at most 200 competitions match.
            """
            ...

    class _GetClubPlayerInfo(Protocol):
        async def __call__(self, token: ServiceToken) -> dict[str, Any]:
            """Get the account's club settings: the club tag it shows and the club it pinned.

            Remarks: needs a service account. `tag_club_id` and `pinned_club` are 0 for none.
            """
            ...

        async def typed(self, token: ServiceToken) -> ClubPlayerInfo:
            """`get_club_player_info`, returning the answer as a `ClubPlayerInfo`.

            Get the account's club settings: the club tag it shows and the club it pinned.

            Remarks: needs a service account. `tag_club_id` and `pinned_club` are 0 for none.
            """
            ...

    class _PinClub(Protocol):
        async def __call__(self, token: ServiceToken, club_id: int) -> dict[str, Any]:
            """Pin a club for the account, or unpin it if it is already pinned.

            Args:
                club_id: the club's ID.

            Remarks: needs a service account. The pinned club's assets show while playing solo and its
            members make the in-game club leaderboards. A club the account is not a member of (or
            an unknown club) is a 403 (`clubMemberRole:error-notMember`).
            """
            ...

        async def typed(self, token: ServiceToken, club_id: int) -> ClubTagPin:
            """`pin_club`, returning the answer as a `ClubTagPin`.

            Pin a club for the account, or unpin it if it is already pinned.

            Args:
                club_id: the club's ID.

            Remarks: needs a service account. The pinned club's assets show while playing solo and its
            members make the in-game club leaderboards. A club the account is not a member of (or
            an unknown club) is a 403 (`clubMemberRole:error-notMember`).
            """
            ...

    class _UseClubTag(Protocol):
        async def __call__(self, token: ServiceToken, club_id: int) -> dict[str, Any]:
            """Show a club's tag next to the account's name in game, or stop if it already does.

            Args:
                club_id: the club's ID.

            Remarks: needs a service account. A club the account is not a member of (or an unknown
            club) is a 403 (`clubMemberRole:error-notMember`).
            """
            ...

        async def typed(self, token: ServiceToken, club_id: int) -> ClubTagPin:
            """`use_club_tag`, returning the answer as a `ClubTagPin`.

            Show a club's tag next to the account's name in game, or stop if it already does.

            Args:
                club_id: the club's ID.

            Remarks: needs a service account. A club the account is not a member of (or an unknown
            club) is a 403 (`clubMemberRole:error-notMember`).
            """
            ...

    class _GetClubMembers(Protocol):
        async def __call__(
            self,
            token: WebServicesToken,
            club_id: int,
            length: int = 20,
            offset: int = 0,
        ) -> dict[str, Any]:
            """Get a page of a club's members, its creator first.

            Args:
                club_id: the club's ID.
                length: members to get, 1 to 250.
                offset: members to skip.

            Remarks: an unknown club answers an empty list.
            """
            ...

        async def typed(
            self,
            token: WebServicesToken,
            club_id: int,
            length: int = 20,
            offset: int = 0,
        ) -> ClubMemberList:
            """`get_club_members`, returning the answer as a `ClubMemberList`.

            Get a page of a club's members, its creator first.

            Args:
                club_id: the club's ID.
                length: members to get, 1 to 250.
                offset: members to skip.

            Remarks: an unknown club answers an empty list.
            """
            ...

    class _GetClubMember(Protocol):
        async def __call__(
            self,
            token: WebServicesToken,
            club_id: int,
            member_id: str,
        ) -> dict[str, Any]:
            """Get an account's membership of a club.

            Args:
                club_id: the club's ID.
                member_id: the account ID.

            Remarks: an unknown club or account, or an account that is not a member, is no error: the
            answer has an empty `role` and the current time as `creation_timestamp`.
            """
            ...

        async def typed(self, token: WebServicesToken, club_id: int, member_id: str) -> ClubMember:
            """`get_club_member`, returning the answer as a `ClubMember`.

            Get an account's membership of a club.

            Args:
                club_id: the club's ID.
                member_id: the account ID.

            Remarks: an unknown club or account, or an account that is not a member, is no error: the
            answer has an empty `role` and the current time as `creation_timestamp`.
            """
            ...

    class _GetClubMemberByName(Protocol):
        async def __call__(
            self,
            token: WebServicesToken,
            club_id: int,
            member_name: str,
        ) -> dict[str, Any]:
            """Get an account's membership of a club, from its display name.

            Args:
                club_id: the club's ID.
                member_name: the account's display name.

            Remarks: an unknown club, or an account that is not a member, answers an empty `role` and
            the current time as `creation_timestamp`; a name that matches no account is a 404
            (`player:error-notFound`).
            """
            ...

        async def typed(
            self,
            token: WebServicesToken,
            club_id: int,
            member_name: str,
        ) -> ClubMember:
            """`get_club_member_by_name`, returning the answer as a `ClubMember`.

            Get an account's membership of a club, from its display name.

            Args:
                club_id: the club's ID.
                member_name: the account's display name.

            Remarks: an unknown club, or an account that is not a member, answers an empty `role` and
            the current time as `creation_timestamp`; a name that matches no account is a 404
            (`player:error-notFound`).
            """
            ...

    class _JoinClub(Protocol):
        async def __call__(self, token: ServiceToken, club_id: int) -> dict[str, Any]:
            """Join a club (or ask to join it), as the account.

            Args:
                club_id: the club's ID.

            Remarks: needs a service account. A `private-open` club answers the role `Apply` (a
            pending request); a `private-closed` club is a 500 (`clubState:error-wrongState`); an
            unknown club a 404 (`club:error-notFound`). An account that already joined (or asked)
            gets its membership back.
            """
            ...

        async def typed(self, token: ServiceToken, club_id: int) -> ClubMember:
            """`join_club`, returning the answer as a `ClubMember`.

            Join a club (or ask to join it), as the account.

            Args:
                club_id: the club's ID.

            Remarks: needs a service account. A `private-open` club answers the role `Apply` (a
            pending request); a `private-closed` club is a 500 (`clubState:error-wrongState`); an
            unknown club a 404 (`club:error-notFound`). An account that already joined (or asked)
            gets its membership back.
            """
            ...

    class _GetClubActivities(Protocol):
        async def __call__(
            self,
            token: WebServicesToken,
            club_id: int,
            length: int,
            offset: int = 0,
            active: bool | None = None,
            folder_id: int | None = None,
        ) -> dict[str, Any]:
            """Get a club's activities (news, rooms, campaigns, folders...), in club order.

            Args:
                club_id: the ID of the club.
                length: activities to get, at most 250.
                offset: activities to skip.
                active: only enabled (True) or disabled (False) activities; None for both.
                folder_id: only the activities in that folder (0: those outside any folder); None
                    for all, including those nested in folders.

            Remarks: without `active`, enabled and disabled activities are asked for, which only club admins
            may see: for other clubs pass `active=True`, or the answer is a 403
            (`clubMemberRole:error-notMember`). An unknown club answers an empty list. As of 2024-01-17
            custom media link to `.dds` files by default, with scaled versions in separate fields (preset
            themes have none).
            """
            ...

        async def typed(
            self,
            token: WebServicesToken,
            club_id: int,
            length: int,
            offset: int = 0,
            active: bool | None = None,
            folder_id: int | None = None,
        ) -> ClubActivityList:
            """`get_club_activities`, returning the answer as a `ClubActivityList`.

            Get a club's activities (news, rooms, campaigns, folders...), in club order.

            Args:
                club_id: the ID of the club.
                length: activities to get, at most 250.
                offset: activities to skip.
                active: only enabled (True) or disabled (False) activities; None for both.
                folder_id: only the activities in that folder (0: those outside any folder); None
                    for all, including those nested in folders.

            Remarks: without `active`, enabled and disabled activities are asked for, which only club admins
            may see: for other clubs pass `active=True`, or the answer is a 403
            (`clubMemberRole:error-notMember`). An unknown club answers an empty list. As of 2024-01-17
            custom media link to `.dds` files by default, with scaled versions in separate fields (preset
            themes have none).
            """
            ...

    class _GetClubCampaigns(Protocol):
        async def __call__(
            self,
            token: WebServicesToken,
            length: int,
            offset: int = 0,
            name: str | None = None,
        ) -> dict[str, Any]:
            """Search the campaigns of all clubs, newest first.

            Args:
                length: campaigns to get, at most 250.
                offset: campaigns to skip.
                name: only campaigns whose name contains this text.

            Remarks: not every club's campaigns are found: without `name` only those of verified clubs, with
            it at most 200. As of 2024-01-17 custom media link to `.dds` files by default, with scaled
            versions in separate fields (preset themes have none).
            """
            ...

        async def typed(
            self,
            token: WebServicesToken,
            length: int,
            offset: int = 0,
            name: str | None = None,
        ) -> ClubCampaignList:
            """`get_club_campaigns`, returning the answer as a `ClubCampaignList`.

            Search the campaigns of all clubs, newest first.

            Args:
                length: campaigns to get, at most 250.
                offset: campaigns to skip.
                name: only campaigns whose name contains this text.

            Remarks: not every club's campaigns are found: without `name` only those of verified clubs, with
            it at most 200. As of 2024-01-17 custom media link to `.dds` files by default, with scaled
            versions in separate fields (preset themes have none).
            """
            ...

    class _GetClubCampaignsByClub(Protocol):
        async def __call__(
            self,
            token: ServiceToken,
            club_id: int,
            length: int,
            offset: int = 0,
        ) -> dict[str, Any]:
            """Get one club's campaigns, the most recently created first.

            Args:
                club_id: the ID of the club.
                length: campaigns to get, at most 250.
                offset: campaigns to skip.

            Remarks: Only useful with user accounts, not dedicated servers. Only active campaigns are
            listed, in order of creation rather than the club's display order, and not by folder
            (`get_club_activities` has those). A missing club or a non-member is refused with
            `globalAdmin:error-notAllowed` (403). As of 2024-01-17 custom media link to `.dds` files by
            default, with scaled versions in separate fields (preset themes have none).
            """
            ...

        async def typed(
            self,
            token: ServiceToken,
            club_id: int,
            length: int,
            offset: int = 0,
        ) -> ClubCampaignsOfClub:
            """`get_club_campaigns_by_club`, returning the answer as a `ClubCampaignsOfClub`.

            Get one club's campaigns, the most recently created first.

            Args:
                club_id: the ID of the club.
                length: campaigns to get, at most 250.
                offset: campaigns to skip.

            Remarks: Only useful with user accounts, not dedicated servers. Only active campaigns are
            listed, in order of creation rather than the club's display order, and not by folder
            (`get_club_activities` has those). A missing club or a non-member is refused with
            `globalAdmin:error-notAllowed` (403). As of 2024-01-17 custom media link to `.dds` files by
            default, with scaled versions in separate fields (preset themes have none).
            """
            ...

    class _GetClubRooms(Protocol):
        async def __call__(
            self,
            token: WebServicesToken,
            length: int,
            offset: int = 0,
            name: str | None = None,
        ) -> dict[str, Any]:
            """Search the rooms of all clubs, newest first.

            Args:
                length: rooms to get, at most 250.
                offset: rooms to skip.
                name: only rooms whose name contains this text.

            Remarks: not every club's rooms are found: without `name` only those of verified clubs, with it
            at most 200. As of 2024-01-17 custom media link to `.dds` files by default, with scaled versions
            in separate fields (preset themes have none).
            """
            ...

        async def typed(
            self,
            token: WebServicesToken,
            length: int,
            offset: int = 0,
            name: str | None = None,
        ) -> ClubRoomList:
            """`get_club_rooms`, returning the answer as a `ClubRoomList`.

            Search the rooms of all clubs, newest first.

            Args:
                length: rooms to get, at most 250.
                offset: rooms to skip.
                name: only rooms whose name contains this text.

            Remarks: not every club's rooms are found: without `name` only those of verified clubs, with it
            at most 200. As of 2024-01-17 custom media link to `.dds` files by default, with scaled versions
            in separate fields (preset themes have none).
            """
            ...

    class _GetClubMapReviews(Protocol):
        async def __call__(
            self,
            token: WebServicesToken,
            length: int,
            offset: int = 0,
            name: str | None = None,
        ) -> dict[str, Any]:
            """Search the map review rooms of all clubs, newest first.

            Args:
                length: map review rooms to get, at most 250.
                offset: map review rooms to skip.
                name: only map review rooms whose name contains this text.

            Remarks: not every club's map review rooms are found: without `name` only those of verified
            clubs, with it at most 200. As of 2024-01-17 custom media link to `.dds` files by default, with
            scaled versions in separate fields (preset themes have none).
            """
            ...

        async def typed(
            self,
            token: WebServicesToken,
            length: int,
            offset: int = 0,
            name: str | None = None,
        ) -> ClubMapReviewList:
            """`get_club_map_reviews`, returning the answer as a `ClubMapReviewList`.

            Search the map review rooms of all clubs, newest first.

            Args:
                length: map review rooms to get, at most 250.
                offset: map review rooms to skip.
                name: only map review rooms whose name contains this text.

            Remarks: not every club's map review rooms are found: without `name` only those of verified
            clubs, with it at most 200. As of 2024-01-17 custom media link to `.dds` files by default, with
            scaled versions in separate fields (preset themes have none).
            """
            ...

    class _GetClubUploads(Protocol):
        async def __call__(
            self,
            token: WebServicesToken,
            bucket_type: str,
            length: int,
            offset: int = 0,
        ) -> dict[str, Any]:
            """Get the upload activities (where players upload maps, skins or items) of all clubs.

            Args:
                bucket_type: `map-upload`, `skin-upload` or `item-upload`.
                length: upload activities to get, at most 250.
                offset: upload activities to skip.

            Remarks: the items of each activity are not listed (`bucketItemList` is empty); another type is
            a 400 (`type:error-inArray`). As of 2024-01-17 custom media link to `.dds` files by default,
            with scaled versions in separate fields (preset themes have none).
            """
            ...

        async def typed(
            self,
            token: WebServicesToken,
            bucket_type: str,
            length: int,
            offset: int = 0,
        ) -> ClubUploadList:
            """`get_club_uploads`, returning the answer as a `ClubUploadList`.

            Get the upload activities (where players upload maps, skins or items) of all clubs.

            Args:
                bucket_type: `map-upload`, `skin-upload` or `item-upload`.
                length: upload activities to get, at most 250.
                offset: upload activities to skip.

            Remarks: the items of each activity are not listed (`bucketItemList` is empty); another type is
            a 400 (`type:error-inArray`). As of 2024-01-17 custom media link to `.dds` files by default,
            with scaled versions in separate fields (preset themes have none).
            """
            ...

    class _GetClubUpload(Protocol):
        async def __call__(
            self,
            token: WebServicesToken,
            club_id: int,
            activity_id: int,
            length: int = 10,
            offset: int = 0,
        ) -> dict[str, Any]:
            """Get an upload activity of a club with some of its maps, skins or items.

            Args:
                club_id: the ID of the club.
                activity_id: the activity ID of the upload activity.
                length: items to get.
                offset: items to skip.

            Remarks: items are identified by `itemId`: a map UID for maps, a skin ID for skins. A missing
            club or activity is a 404 (`activity:error-notFound`), a private one seen by a non-member a 403
            (`clubMemberRole:error-notMember`). As of 2024-01-17 custom media link to `.dds` files by
            default, with scaled versions in separate fields (preset themes have none).
            """
            ...

        async def typed(
            self,
            token: WebServicesToken,
            club_id: int,
            activity_id: int,
            length: int = 10,
            offset: int = 0,
        ) -> ClubUpload:
            """`get_club_upload`, returning the answer as a `ClubUpload`.

            Get an upload activity of a club with some of its maps, skins or items.

            Args:
                club_id: the ID of the club.
                activity_id: the activity ID of the upload activity.
                length: items to get.
                offset: items to skip.

            Remarks: items are identified by `itemId`: a map UID for maps, a skin ID for skins. A missing
            club or activity is a 404 (`activity:error-notFound`), a private one seen by a non-member a 403
            (`clubMemberRole:error-notMember`). As of 2024-01-17 custom media link to `.dds` files by
            default, with scaled versions in separate fields (preset themes have none).
            """
            ...

    class _GetClubNews(Protocol):
        async def __call__(
            self,
            token: WebServicesToken,
            club_id: int,
            activity_id: int,
        ) -> dict[str, Any]:
            """Get a club's news article by its activity ID.

            Args:
                club_id: the ID of the club.
                activity_id: the activity ID of the news article.

            Remarks: a missing club or news article is a 404 (`activity:error-notFound`), a private one seen
            by a non-member a 403 (`clubMemberRole:error-notMember`). As of 2024-01-17 custom media link to
            `.dds` files by default, with scaled versions in separate fields (preset themes have none).
            """
            ...

        async def typed(self, token: WebServicesToken, club_id: int, activity_id: int) -> ClubNews:
            """`get_club_news`, returning the answer as a `ClubNews`.

            Get a club's news article by its activity ID.

            Args:
                club_id: the ID of the club.
                activity_id: the activity ID of the news article.

            Remarks: a missing club or news article is a 404 (`activity:error-notFound`), a private one seen
            by a non-member a 403 (`clubMemberRole:error-notMember`). As of 2024-01-17 custom media link to
            `.dds` files by default, with scaled versions in separate fields (preset themes have none).
            """
            ...

    class _GetClubMapReview(Protocol):
        async def __call__(
            self,
            token: WebServicesToken,
            club_id: int,
            activity_id: int,
        ) -> dict[str, Any]:
            """Get a club's map review activity by its activity ID.

            Args:
                club_id: the ID of the club.
                activity_id: the activity ID of the map review activity.

            Remarks: a missing club or map review activity is a 404 (`activity:error-notFound`), a private
            one seen by a non-member a 403 (`clubMemberRole:error-notMember`). As of 2024-01-17 custom media
            link to `.dds` files by default, with scaled versions in separate fields (preset themes have
            none).
            """
            ...

        async def typed(
            self,
            token: WebServicesToken,
            club_id: int,
            activity_id: int,
        ) -> ClubMapReview:
            """`get_club_map_review`, returning the answer as a `ClubMapReview`.

            Get a club's map review activity by its activity ID.

            Args:
                club_id: the ID of the club.
                activity_id: the activity ID of the map review activity.

            Remarks: a missing club or map review activity is a 404 (`activity:error-notFound`), a private
            one seen by a non-member a 403 (`clubMemberRole:error-notMember`). As of 2024-01-17 custom media
            link to `.dds` files by default, with scaled versions in separate fields (preset themes have
            none).
            """
            ...

    class _GetClubRoom(Protocol):
        async def __call__(
            self,
            token: WebServicesToken,
            club_id: int,
            activity_id: int,
        ) -> dict[str, Any]:
            """Get a club's room by its activity ID.

            Args:
                club_id: the ID of the club.
                activity_id: the activity ID of the room.

            Remarks: a missing club or room is a 404 (`activity:error-notFound`), a private one seen by a
            non-member a 403 (`clubMemberRole:error-notMember`). Rooms on a dedicated server show little:
            `maps` and `scriptSettings` are then likely empty; rarely `maps` is an object keyed by position
            (`RoomDetails.map_uids` reads both). Some rooms consistently answer a 404 with
            `playerServer:error-notFound` or `room:error-notFound` though the activity list shows them. As
            of 2024-01-17 custom media link to `.dds` files by default, with scaled versions in separate
            fields (preset themes have none).
            """
            ...

        async def typed(self, token: WebServicesToken, club_id: int, activity_id: int) -> ClubRoom:
            """`get_club_room`, returning the answer as a `ClubRoom`.

            Get a club's room by its activity ID.

            Args:
                club_id: the ID of the club.
                activity_id: the activity ID of the room.

            Remarks: a missing club or room is a 404 (`activity:error-notFound`), a private one seen by a
            non-member a 403 (`clubMemberRole:error-notMember`). Rooms on a dedicated server show little:
            `maps` and `scriptSettings` are then likely empty; rarely `maps` is an object keyed by position
            (`RoomDetails.map_uids` reads both). Some rooms consistently answer a 404 with
            `playerServer:error-notFound` or `room:error-notFound` though the activity list shows them. As
            of 2024-01-17 custom media link to `.dds` files by default, with scaled versions in separate
            fields (preset themes have none).
            """
            ...

    class _GetClubRoomJoinLink(Protocol):
        async def __call__(
            self,
            token: WebServicesToken,
            club_id: int,
            activity_id: int,
        ) -> dict[str, Any]:
            """Get a link to join a club room, starting the room if it is not running.

            Args:
                club_id: the ID of the club.
                activity_id: the activity ID of the room.

            Remarks: while the room starts `joinLink` is empty and `starting` true (`starting` may stay
            true a while after the link is given); the game asks again every 2 seconds (5 for the
            Track of the Day channel). Stop asking on any error. A room deactivated in the club
            answers `roomServer:error-NoServerAvailable`; a missing club or room a 404
            (`activity:error-notFound`); a private room seen by a non-member a 403
            (`clubMemberRole:error-notMember`). Some rooms
            consistently answer a 404 with `playerServer:error-notFound` or `room:error-notFound`
            though the activity list shows them.
            """
            ...

        async def typed(
            self,
            token: WebServicesToken,
            club_id: int,
            activity_id: int,
        ) -> RoomJoinLink:
            """`get_club_room_join_link`, returning the answer as a `RoomJoinLink`.

            Get a link to join a club room, starting the room if it is not running.

            Args:
                club_id: the ID of the club.
                activity_id: the activity ID of the room.

            Remarks: while the room starts `joinLink` is empty and `starting` true (`starting` may stay
            true a while after the link is given); the game asks again every 2 seconds (5 for the
            Track of the Day channel). Stop asking on any error. A room deactivated in the club
            answers `roomServer:error-NoServerAvailable`; a missing club or room a 404
            (`activity:error-notFound`); a private room seen by a non-member a 403
            (`clubMemberRole:error-notMember`). Some rooms
            consistently answer a 404 with `playerServer:error-notFound` or `room:error-notFound`
            though the activity list shows them.
            """
            ...

    class _GetClubRoomPassword(Protocol):
        async def __call__(
            self,
            token: ServiceToken,
            club_id: int,
            activity_id: int,
        ) -> dict[str, Any]:
            """Get the password of a club room (for accounts that may manage the club).

            Args:
                club_id: the ID of the club.
                activity_id: the activity ID of the room.

            Remarks: only useful with user accounts, not dedicated servers. A missing, deactivated
            or unprotected room is a 404 (`activity:error-notFound`); a missing club or a
            non-member a 403 (`clubMemberRole:error-notMember`), a member who may not manage
            content a 403 (`clubMemberRole:error-notContentCreator`). Some rooms
            consistently answer a 404 with `playerServer:error-notFound` or `room:error-notFound`
            though the activity list shows them.
            """
            ...

        async def typed(self, token: ServiceToken, club_id: int, activity_id: int) -> RoomPassword:
            """`get_club_room_password`, returning the answer as a `RoomPassword`.

            Get the password of a club room (for accounts that may manage the club).

            Args:
                club_id: the ID of the club.
                activity_id: the activity ID of the room.

            Remarks: only useful with user accounts, not dedicated servers. A missing, deactivated
            or unprotected room is a 404 (`activity:error-notFound`); a missing club or a
            non-member a 403 (`clubMemberRole:error-notMember`), a member who may not manage
            content a 403 (`clubMemberRole:error-notContentCreator`). Some rooms
            consistently answer a 404 with `playerServer:error-notFound` or `room:error-notFound`
            though the activity list shows them.
            """
            ...

    class _Delete(Protocol):
        async def __call__(
            self,
            token: WebServicesToken,
            endpoint: str,
            params: dict[str, Any] | None = None,
            body: dict[str, Any] | list[Any] | None = None,
        ) -> Any:
            """Send a DELETE request to the Live API and return the decoded body.

            Args:
                token: a token for the `NadeoLiveServices` audience.
                endpoint: the endpoint, e.g. `api/token/campaign/month?length=1`; the base URL, the leading slash and a
                    trailing `?query` are all optional.
                params: query parameters, merged with a trailing query (a key given in both is sent
                    once, with the value from `params`).
                body: the JSON body, or None to send none.

            Returns:
                The decoded JSON body (`dict | list`); `{}` when the body is empty (e.g. for HEAD).
            """
            ...

    class _Get(Protocol):
        async def __call__(
            self,
            token: WebServicesToken,
            endpoint: str,
            params: dict[str, Any] | None = None,
        ) -> Any:
            """Send a GET request to the Live API and return the decoded body.

            Args:
                token: a token for the `NadeoLiveServices` audience.
                endpoint: the endpoint, e.g. `api/token/campaign/month?length=1`; the base URL, the leading slash and a
                    trailing `?query` are all optional.
                params: query parameters, merged with a trailing query (a key given in both is sent
                    once, with the value from `params`).

            Returns:
                The decoded JSON body (`dict | list`); `{}` when the body is empty (e.g. for HEAD).
            """
            ...

    class _Head(Protocol):
        async def __call__(
            self,
            token: WebServicesToken,
            endpoint: str,
            params: dict[str, Any] | None = None,
        ) -> Any:
            """Send a HEAD request to the Live API and return the decoded body.

            Args:
                token: a token for the `NadeoLiveServices` audience.
                endpoint: the endpoint, e.g. `api/token/campaign/month?length=1`; the base URL, the leading slash and a
                    trailing `?query` are all optional.
                params: query parameters, merged with a trailing query (a key given in both is sent
                    once, with the value from `params`).

            Returns:
                The decoded JSON body (`dict | list`); `{}` when the body is empty (e.g. for HEAD).
            """
            ...

    class _Options(Protocol):
        async def __call__(
            self,
            token: WebServicesToken,
            endpoint: str,
            params: dict[str, Any] | None = None,
            body: dict[str, Any] | list[Any] | None = None,
        ) -> Any:
            """Send a OPTIONS request to the Live API and return the decoded body.

            Args:
                token: a token for the `NadeoLiveServices` audience.
                endpoint: the endpoint, e.g. `api/token/campaign/month?length=1`; the base URL, the leading slash and a
                    trailing `?query` are all optional.
                params: query parameters, merged with a trailing query (a key given in both is sent
                    once, with the value from `params`).
                body: the JSON body, or None to send none.

            Returns:
                The decoded JSON body (`dict | list`); `{}` when the body is empty (e.g. for HEAD).
            """
            ...

    class _Patch(Protocol):
        async def __call__(
            self,
            token: WebServicesToken,
            endpoint: str,
            params: dict[str, Any] | None = None,
            body: dict[str, Any] | list[Any] | None = None,
        ) -> Any:
            """Send a PATCH request to the Live API and return the decoded body.

            Args:
                token: a token for the `NadeoLiveServices` audience.
                endpoint: the endpoint, e.g. `api/token/campaign/month?length=1`; the base URL, the leading slash and a
                    trailing `?query` are all optional.
                params: query parameters, merged with a trailing query (a key given in both is sent
                    once, with the value from `params`).
                body: the JSON body, or None to send none.

            Returns:
                The decoded JSON body (`dict | list`); `{}` when the body is empty (e.g. for HEAD).
            """
            ...

    class _Post(Protocol):
        async def __call__(
            self,
            token: WebServicesToken,
            endpoint: str,
            params: dict[str, Any] | None = None,
            body: dict[str, Any] | list[Any] | None = None,
        ) -> Any:
            """Send a POST request to the Live API and return the decoded body.

            Args:
                token: a token for the `NadeoLiveServices` audience.
                endpoint: the endpoint, e.g. `api/token/campaign/month?length=1`; the base URL, the leading slash and a
                    trailing `?query` are all optional.
                params: query parameters, merged with a trailing query (a key given in both is sent
                    once, with the value from `params`).
                body: the JSON body, or None to send none.

            Returns:
                The decoded JSON body (`dict | list`); `{}` when the body is empty (e.g. for HEAD).
            """
            ...

    class _Put(Protocol):
        async def __call__(
            self,
            token: WebServicesToken,
            endpoint: str,
            params: dict[str, Any] | None = None,
            body: dict[str, Any] | list[Any] | None = None,
        ) -> Any:
            """Send a PUT request to the Live API and return the decoded body.

            Args:
                token: a token for the `NadeoLiveServices` audience.
                endpoint: the endpoint, e.g. `api/token/campaign/month?length=1`; the base URL, the leading slash and a
                    trailing `?query` are all optional.
                params: query parameters, merged with a trailing query (a key given in both is sent
                    once, with the value from `params`).
                body: the JSON body, or None to send none.

            Returns:
                The decoded JSON body (`dict | list`); `{}` when the body is empty (e.g. for HEAD).
            """
            ...

    class _GetMapLeaderboard(Protocol):
        async def __call__(
            self,
            token: WebServicesToken,
            map_uid: str,
            group_uid: str = "Personal_Best",
            only_world: bool = True,
            length: int = 5,
            offset: int = 0,
        ) -> dict[str, Any]:
            """Get records from the top of a map's leaderboard.

            Args:
                map_uid: the UID of the map.
                group_uid: the group/season; `Personal_Best` is the global leaderboard.
                only_world: only the world leaderboard. With False a service account is required,
                    `length` and `offset` are ignored, and the answer holds the top 5 of the world and
                    of each of the account's zones.
                length: records to get, 1 to 100.
                offset: records to skip; `length + offset` may not pass 10,000 (no record past the
                    10,000th can be read).

            Remarks: an unknown group answers `{}`, an unknown map an empty `top`; maps with a secret
            threshold show `score: -1` for some entries; `timestamp` is in Unix seconds.
            """
            ...

        async def typed(
            self,
            token: WebServicesToken,
            map_uid: str,
            group_uid: str = "Personal_Best",
            only_world: bool = True,
            length: int = 5,
            offset: int = 0,
        ) -> MapLeaderboard:
            """`get_map_leaderboard`, returning the answer as a `MapLeaderboard`.

            Get records from the top of a map's leaderboard.

            Args:
                map_uid: the UID of the map.
                group_uid: the group/season; `Personal_Best` is the global leaderboard.
                only_world: only the world leaderboard. With False a service account is required,
                    `length` and `offset` are ignored, and the answer holds the top 5 of the world and
                    of each of the account's zones.
                length: records to get, 1 to 100.
                offset: records to skip; `length + offset` may not pass 10,000 (no record past the
                    10,000th can be read).

            Remarks: an unknown group answers `{}`, an unknown map an empty `top`; maps with a secret
            threshold show `score: -1` for some entries; `timestamp` is in Unix seconds.
            """
            ...

    class _GetPlayerClubRecord(Protocol):
        async def __call__(
            self,
            token: ServiceToken,
            map_uid: str,
            club_id: int,
            group_uid: str = "Personal_Best",
        ) -> dict[str, Any]:
            """Get the account's record on a map and its position among a club's members.

            Args:
                map_uid: the UID of the map.
                club_id: the ID of a club the account is a member of.
                group_uid: the group/season; `Personal_Best` is the global leaderboard.

            Remarks: the first answer may wrongly say `position: 1`; asking again gives the real one.
            An unknown group or map answers `{}`; a non-member gets a 403
            (`clubMemberRole:error-notMember`).
            """
            ...

        async def typed(
            self,
            token: ServiceToken,
            map_uid: str,
            club_id: int,
            group_uid: str = "Personal_Best",
        ) -> PlayerClubRecord:
            """`get_player_club_record`, returning the answer as a `PlayerClubRecord`.

            Get the account's record on a map and its position among a club's members.

            Args:
                map_uid: the UID of the map.
                club_id: the ID of a club the account is a member of.
                group_uid: the group/season; `Personal_Best` is the global leaderboard.

            Remarks: the first answer may wrongly say `position: 1`; asking again gives the real one.
            An unknown group or map answers `{}`; a non-member gets a 403
            (`clubMemberRole:error-notMember`).
            """
            ...

    class _GetCampaignClubRanking(Protocol):
        async def __call__(
            self,
            token: ServiceToken,
            group_uid: str,
            club_id: int,
        ) -> dict[str, Any]:
            """Get the account's season points in a campaign and its rank among a club's members.

            Args:
                group_uid: the group of the campaign or season (not `Personal_Best`).
                club_id: the ID of the club.

            Remarks: only useful with a service account; closed campaigns work too; `position` is the
            rank within the club, not in the campaign. An unknown group, or a campaign the account
            has not played, answers `{}`; an unknown club answers `position: 1`.
            """
            ...

        async def typed(
            self,
            token: ServiceToken,
            group_uid: str,
            club_id: int,
        ) -> CampaignClubRanking:
            """`get_campaign_club_ranking`, returning the answer as a `CampaignClubRanking`.

            Get the account's season points in a campaign and its rank among a club's members.

            Args:
                group_uid: the group of the campaign or season (not `Personal_Best`).
                club_id: the ID of the club.

            Remarks: only useful with a service account; closed campaigns work too; `position` is the
            rank within the club, not in the campaign. An unknown group, or a campaign the account
            has not played, answers `{}`; an unknown club answers `position: 1`.
            """
            ...

    class _GetCampaignClubLeaderboard(Protocol):
        async def __call__(
            self,
            token: WebServicesToken,
            group_uid: str,
            club_id: int,
            length: int = 5,
            offset: int = 0,
        ) -> dict[str, Any]:
            """Get a campaign's leaderboard among a club's members (season points).

            Args:
                group_uid: the group of the campaign or season (not `Personal_Best`).
                club_id: the ID of the club.
                length: ranks to get (at least 1).
                offset: ranks to skip.

            Remarks: closed campaigns work too; `position` is the rank within the club and `length`
            the number of ranked members. An unknown club answers an empty `top`; an unknown group a
            200 with an empty body (returned as `{}`).
            """
            ...

        async def typed(
            self,
            token: WebServicesToken,
            group_uid: str,
            club_id: int,
            length: int = 5,
            offset: int = 0,
        ) -> CampaignClubLeaderboard:
            """`get_campaign_club_leaderboard`, returning the answer as a `CampaignClubLeaderboard`.

            Get a campaign's leaderboard among a club's members (season points).

            Args:
                group_uid: the group of the campaign or season (not `Personal_Best`).
                club_id: the ID of the club.
                length: ranks to get (at least 1).
                offset: ranks to skip.

            Remarks: closed campaigns work too; `position` is the rank within the club and `length`
            the number of ranked members. An unknown club answers an empty `top`; an unknown group a
            200 with an empty body (returned as `{}`).
            """
            ...

    class _GetCampaignRanking(Protocol):
        async def __call__(
            self,
            token: WebServicesToken,
            group_uid: str,
            account_id: str,
        ) -> dict[str, Any]:
            """Get a player's season points and positions in World and each of its zones for a
            campaign.

            Args:
                group_uid: the group of the campaign or season (not `Personal_Best`).
                account_id: the player's account ID.

            Remarks: closed campaigns work too; an unknown group or player answers `{}`.
            """
            ...

        async def typed(
            self,
            token: WebServicesToken,
            group_uid: str,
            account_id: str,
        ) -> CampaignRanking:
            """`get_campaign_ranking`, returning the answer as a `CampaignRanking`.

            Get a player's season points and positions in World and each of its zones for a
            campaign.

            Args:
                group_uid: the group of the campaign or season (not `Personal_Best`).
                account_id: the player's account ID.

            Remarks: closed campaigns work too; an unknown group or player answers `{}`.
            """
            ...

    class _GetCampaignLeaderboard(Protocol):
        async def __call__(
            self,
            token: WebServicesToken,
            group_uid: str,
            only_world: bool = True,
            length: int = 5,
            offset: int = 0,
        ) -> dict[str, Any]:
            """Get the top of a campaign's leaderboard (season points).

            Args:
                group_uid: the group of the campaign or season (not `Personal_Best`).
                only_world: only the world leaderboard; with False, the top 5 of World and of each of
                    the account's zones (`length` and `offset` are then ignored).
                length: records to get, 1 to 100.
                offset: records to skip.

            Remarks: closed campaigns work too; an unknown group answers `{}`; `sp` is a string.
            """
            ...

        async def typed(
            self,
            token: WebServicesToken,
            group_uid: str,
            only_world: bool = True,
            length: int = 5,
            offset: int = 0,
        ) -> CampaignLeaderboard:
            """`get_campaign_leaderboard`, returning the answer as a `CampaignLeaderboard`.

            Get the top of a campaign's leaderboard (season points).

            Args:
                group_uid: the group of the campaign or season (not `Personal_Best`).
                only_world: only the world leaderboard; with False, the top 5 of World and of each of
                    the account's zones (`length` and `offset` are then ignored).
                length: records to get, 1 to 100.
                offset: records to skip.

            Remarks: closed campaigns work too; an unknown group answers `{}`; `sp` is a string.
            """
            ...

    class _GetMapMedalRecords(Protocol):
        async def __call__(
            self,
            token: WebServicesToken,
            map_uid: str,
            group_uid: str = "Personal_Best",
        ) -> dict[str, Any]:
            """Get the records the service picks for each medal of a map (those closest to the medal
            times).

            Args:
                map_uid: the UID of the map.
                group_uid: the group/season; `Personal_Best` is the global leaderboard.

            Remarks: closed groups work too; some (or all) medals may have no record, above all on
            maps with few records; an unknown group answers `{}`, an unknown map no medals.
            """
            ...

        async def typed(
            self,
            token: WebServicesToken,
            map_uid: str,
            group_uid: str = "Personal_Best",
        ) -> MapMedals:
            """`get_map_medal_records`, returning the answer as a `MapMedals`.

            Get the records the service picks for each medal of a map (those closest to the medal
            times).

            Args:
                map_uid: the UID of the map.
                group_uid: the group/season; `Personal_Best` is the global leaderboard.

            Remarks: closed groups work too; some (or all) medals may have no record, above all on
            maps with few records; an unknown group answers `{}`, an unknown map no medals.
            """
            ...

    class _GetPlayerRecords(Protocol):
        async def __call__(
            self,
            token: WebServicesToken,
            map_uids: Sequence[str],
            group_uid: str = "Personal_Best",
        ) -> list[Any]:
            """Get the account's records on several maps, with their positions in World and each of
            the account's zones.

            Args:
                map_uids: the UIDs of the maps: at least one, any number (sent 50 a request, each map
                    once, so each is answered once).
                group_uid: the group/season of every map; `Personal_Best` is the global leaderboard.

            Remarks: the service answers only the first 50 maps of a request; unknown maps or groups,
            and maps the account has no record on, are left out. The data may lag, and the service
            sometimes answers `[]` for no known reason.
            """
            ...

        async def typed(
            self,
            token: WebServicesToken,
            map_uids: Sequence[str],
            group_uid: str = "Personal_Best",
        ) -> PlayerRecordList:
            """`get_player_records`, returning the answer as a `PlayerRecordList`.

            Get the account's records on several maps, with their positions in World and each of
            the account's zones.

            Args:
                map_uids: the UIDs of the maps: at least one, any number (sent 50 a request, each map
                    once, so each is answered once).
                group_uid: the group/season of every map; `Personal_Best` is the global leaderboard.

            Remarks: the service answers only the first 50 maps of a request; unknown maps or groups,
            and maps the account has no record on, are left out. The data may lag, and the service
            sometimes answers `[]` for no known reason.
            """
            ...

    class _GetRecordPositions(Protocol):
        async def __call__(
            self,
            token: WebServicesToken,
            scores: Mapping[str, int],
            group_uid: str = "Personal_Best",
        ) -> list[Any]:
            """Get the positions that new records of given scores would take on several maps.

            Args:
                scores: the score (time in milliseconds) to place, by map UID: at least one map, any
                    number (sent 50 maps a request).
                group_uid: the group/season of every map; `Personal_Best` is the global leaderboard.

            Remarks: the positions are those a new record would take, not existing records'. Unknown
            maps, unknown or closed groups are left out. If the account has a record on a map, no
            score worse than it can be asked (use an account without records). The data may lag by
            hours (official campaigns and current Tracks of the Day by minutes), and the service
            sometimes answers `[]` for no known reason. A query naming a map missing from the body
            is a 500, which this function never sends.
            """
            ...

        async def typed(
            self,
            token: WebServicesToken,
            scores: Mapping[str, int],
            group_uid: str = "Personal_Best",
        ) -> PlayerRecordList:
            """`get_record_positions`, returning the answer as a `PlayerRecordList`.

            Get the positions that new records of given scores would take on several maps.

            Args:
                scores: the score (time in milliseconds) to place, by map UID: at least one map, any
                    number (sent 50 maps a request).
                group_uid: the group/season of every map; `Personal_Best` is the global leaderboard.

            Remarks: the positions are those a new record would take, not existing records'. Unknown
            maps, unknown or closed groups are left out. If the account has a record on a map, no
            score worse than it can be asked (use an account without records). The data may lag by
            hours (official campaigns and current Tracks of the Day by minutes), and the service
            sometimes answers `[]` for no known reason. A query naming a map missing from the body
            is a 500, which this function never sends.
            """
            ...

    class _GetSurroundingRecords(Protocol):
        async def __call__(
            self,
            token: WebServicesToken,
            map_uid: str,
            score: int | None = None,
            group_uid: str = "Personal_Best",
            lower: int = 1,
            upper: int = 1,
            only_world: bool = True,
            zone_id: str | None = None,
        ) -> dict[str, Any]:
            """Get the records around a score on a map's leaderboard, the score itself shown as the
            account's record between them.

            Args:
                map_uid: the UID of the map.
                score: the score (time in milliseconds) to place; None places the account's own
                    record (a service account is then required).
                group_uid: the group/season; `Personal_Best` is the global leaderboard.
                lower: better records to get before the score, 0 or 1.
                upper: worse records to get after the score, 0 or 1.
                only_world: only the world leaderboard; with False, one list for World and each of the
                    account's zones (or only `zone_id`'s).
                zone_id: the zone to get, with `only_world=False` (the service ignores it otherwise).

            Remarks: the answer always holds the score as a fake record of the account (its ID and
            zone). An unknown or closed group answers `{}`, as does `score=None` for an account
            without a record; an unknown map answers the score alone, first. If the account has a
            record, no better score can be asked; equal scores may make positions inaccurate; past
            the 100,000th record positions are imprecise; maps with a secret threshold show
            `score: -1` for some entries; the data may lag.
            """
            ...

        async def typed(
            self,
            token: WebServicesToken,
            map_uid: str,
            score: int | None = None,
            group_uid: str = "Personal_Best",
            lower: int = 1,
            upper: int = 1,
            only_world: bool = True,
            zone_id: str | None = None,
        ) -> SurroundingRecords:
            """`get_surrounding_records`, returning the answer as a `SurroundingRecords`.

            Get the records around a score on a map's leaderboard, the score itself shown as the
            account's record between them.

            Args:
                map_uid: the UID of the map.
                score: the score (time in milliseconds) to place; None places the account's own
                    record (a service account is then required).
                group_uid: the group/season; `Personal_Best` is the global leaderboard.
                lower: better records to get before the score, 0 or 1.
                upper: worse records to get after the score, 0 or 1.
                only_world: only the world leaderboard; with False, one list for World and each of the
                    account's zones (or only `zone_id`'s).
                zone_id: the zone to get, with `only_world=False` (the service ignores it otherwise).

            Remarks: the answer always holds the score as a fake record of the account (its ID and
            zone). An unknown or closed group answers `{}`, as does `score=None` for an account
            without a record; an unknown map answers the score alone, first. If the account has a
            record, no better score can be asked; equal scores may make positions inaccurate; past
            the 100,000th record positions are imprecise; maps with a secret threshold show
            `score: -1` for some entries; the data may lag.
            """
            ...

    class _GetClubMapLeaderboard(Protocol):
        async def __call__(
            self,
            token: WebServicesToken,
            map_uid: str,
            club_id: int,
            group_uid: str = "Personal_Best",
            length: int = 5,
            offset: int = 0,
        ) -> dict[str, Any]:
            """Get the records of a club's members on a map, ranked within the club.

            Args:
                map_uid: the UID of the map.
                club_id: the ID of the club.
                group_uid: the group/season; `Personal_Best` is the global leaderboard.
                length: records to get, 1 to 100.
                offset: records to skip; `length + offset` may not pass 10,000.

            Remarks: only the first 10,000 records can be read; the service answers at most 100
            records (more are not an error there); maps with a secret threshold show `score: -1` for
            some entries. An unknown group answers `{}`, an unknown map an empty `top`.
            """
            ...

        async def typed(
            self,
            token: WebServicesToken,
            map_uid: str,
            club_id: int,
            group_uid: str = "Personal_Best",
            length: int = 5,
            offset: int = 0,
        ) -> ClubMapLeaderboard:
            """`get_club_map_leaderboard`, returning the answer as a `ClubMapLeaderboard`.

            Get the records of a club's members on a map, ranked within the club.

            Args:
                map_uid: the UID of the map.
                club_id: the ID of the club.
                group_uid: the group/season; `Personal_Best` is the global leaderboard.
                length: records to get, 1 to 100.
                offset: records to skip; `length + offset` may not pass 10,000.

            Remarks: only the first 10,000 records can be read; the service answers at most 100
            records (more are not an error there); maps with a secret threshold show `score: -1` for
            some entries. An unknown group answers `{}`, an unknown map an empty `top`.
            """
            ...

    class _GetMyTrophyRanking(Protocol):
        async def __call__(self, token: ServiceToken) -> dict[str, Any]:
            """Get the account's trophy points, echelon and positions in World and each of its zones.

            Remarks: only useful with a service account; each zone's `ranking` nests the zone again.
            """
            ...

        async def typed(self, token: ServiceToken) -> MyTrophyRanking:
            """`get_my_trophy_ranking`, returning the answer as a `MyTrophyRanking`.

            Get the account's trophy points, echelon and positions in World and each of its zones.

            Remarks: only useful with a service account; each zone's `ranking` nests the zone again.
            """
            ...

    class _GetTrophyRankings(Protocol):
        async def __call__(
            self,
            token: WebServicesToken,
            account_ids: Sequence[str],
        ) -> dict[str, Any]:
            """Get players' trophy points, echelons and positions in World and each of their zones.

            Args:
                account_ids: the players' account IDs (at least one).

            Remarks: unknown account IDs are left out of the answer.
            """
            ...

        async def typed(
            self,
            token: WebServicesToken,
            account_ids: Sequence[str],
        ) -> TrophyRankings:
            """`get_trophy_rankings`, returning the answer as a `TrophyRankings`.

            Get players' trophy points, echelons and positions in World and each of their zones.

            Args:
                account_ids: the players' account IDs (at least one).

            Remarks: unknown account IDs are left out of the answer.
            """
            ...

    class _GetActiveManiapubs(Protocol):
        async def __call__(self, token: WebServicesToken) -> dict[str, Any]:
            """Get the active maniapubs (in-game ads) with their media.

            Remarks: ads cannot be asked by zone (the answer may depend on the account's zone);
            the plain media fields link to `.dds` files, with scaled `.jpg` versions beside them.
            """
            ...

        async def typed(self, token: WebServicesToken) -> ManiapubList:
            """`get_active_maniapubs`, returning the answer as a `ManiapubList`.

            Get the active maniapubs (in-game ads) with their media.

            Remarks: ads cannot be asked by zone (the answer may depend on the account's zone);
            the plain media fields link to `.dds` files, with scaled `.jpg` versions beside them.
            """
            ...

    class _GetMapReviewConnect(Protocol):
        async def __call__(self, token: ServiceToken, review_type: str) -> dict[str, Any]:
            """Get what is needed to join a map review server.

            Args:
                review_type: the review server, e.g. `totd` or `weekly-shorts`.

            Remarks: needs a service account (dedicated servers lack the `map_AccessServerReview`
            rule); an unknown review type is a 403 with the plain-text body `Only official MapReview`.
            """
            ...

        async def typed(self, token: ServiceToken, review_type: str) -> ReviewConnection:
            """`get_map_review_connect`, returning the answer as a `ReviewConnection`.

            Get what is needed to join a map review server.

            Args:
                review_type: the review server, e.g. `totd` or `weekly-shorts`.

            Remarks: needs a service account (dedicated servers lack the `map_AccessServerReview`
            rule); an unknown review type is a 403 with the plain-text body `Only official MapReview`.
            """
            ...

    class _GetMapReviewSubmitted(Protocol):
        async def __call__(
            self,
            token: ServiceToken,
            review_type: str,
            length: int = 144,
            offset: int = 0,
        ) -> dict[str, Any]:
            """Get the maps the account submitted to an official map review.

            Args:
                review_type: the review server, e.g. `totd` or `weekly-shorts`.
                length: maps to get (the game asks for 144).
                offset: maps to skip.

            Remarks: an unknown review type is a 404 (`mapReview:error-notFound`); for club map
            reviews use the club endpoints instead.
            """
            ...

        async def typed(
            self,
            token: ServiceToken,
            review_type: str,
            length: int = 144,
            offset: int = 0,
        ) -> SubmittedMaps:
            """`get_map_review_submitted`, returning the answer as a `SubmittedMaps`.

            Get the maps the account submitted to an official map review.

            Args:
                review_type: the review server, e.g. `totd` or `weekly-shorts`.
                length: maps to get (the game asks for 144).
                offset: maps to skip.

            Remarks: an unknown review type is a 404 (`mapReview:error-notFound`); for club map
            reviews use the club endpoints instead.
            """
            ...

    class _GetMapReviewWaitingTime(Protocol):
        async def __call__(self, token: WebServicesToken, review_type: str) -> dict[str, Any]:
            """Get how long a map submitted now would wait before it is the one being reviewed.

            Args:
                review_type: the review server, e.g. `totd` or `weekly-shorts`.

            Remarks: `seconds` is a multiple of 180; an unknown review type is a 403 with the
            plain-text body `Only official MapReview`.
            """
            ...

        async def typed(self, token: WebServicesToken, review_type: str) -> WaitingTime:
            """`get_map_review_waiting_time`, returning the answer as a `WaitingTime`.

            Get how long a map submitted now would wait before it is the one being reviewed.

            Args:
                review_type: the review server, e.g. `totd` or `weekly-shorts`.

            Remarks: `seconds` is a multiple of 180; an unknown review type is a 403 with the
            plain-text body `Only official MapReview`.
            """
            ...

    class _GetClubMapReviewSubmitted(Protocol):
        async def __call__(
            self,
            token: ServiceToken,
            club_id: int,
            activity_id: int,
            length: int,
            offset: int = 0,
            with_feedback: bool = False,
            with_map_info: bool = False,
        ) -> dict[str, Any]:
            """Get the maps the account submitted to a club map review.

            Args:
                club_id: the ID of the club.
                activity_id: the activity ID of the map review (see `get_club_activities`).
                length: maps to get.
                offset: maps to skip.
                with_feedback: include the vote statistics (`noteInfo`, else null).
                with_map_info: include the map's details (`map`, else null).

            Remarks: only useful with user accounts, not dedicated servers; for official map reviews
            use `get_map_review_submitted`. A missing club or map review is a 404
            (`activity:error-notFound`).
            """
            ...

        async def typed(
            self,
            token: ServiceToken,
            club_id: int,
            activity_id: int,
            length: int,
            offset: int = 0,
            with_feedback: bool = False,
            with_map_info: bool = False,
        ) -> ClubMapSubmissions:
            """`get_club_map_review_submitted`, returning the answer as a `ClubMapSubmissions`.

            Get the maps the account submitted to a club map review.

            Args:
                club_id: the ID of the club.
                activity_id: the activity ID of the map review (see `get_club_activities`).
                length: maps to get.
                offset: maps to skip.
                with_feedback: include the vote statistics (`noteInfo`, else null).
                with_map_info: include the map's details (`map`, else null).

            Remarks: only useful with user accounts, not dedicated servers; for official map reviews
            use `get_map_review_submitted`. A missing club or map review is a 404
            (`activity:error-notFound`).
            """
            ...

    class _GetClubMapReviewSubmissions(Protocol):
        async def __call__(
            self,
            token: ServiceToken,
            club_id: int,
            activity_id: int,
            length: int,
            offset: int = 0,
        ) -> dict[str, Any]:
            """Get the maps all members submitted to a club map review, with what admins see (player
            counts, scores, time played).

            Args:
                club_id: the ID of the club.
                activity_id: the activity ID of the map review (see `get_club_activities`).
                length: maps to get.
                offset: maps to skip.

            Remarks: only useful with user accounts, not dedicated servers. A missing club or a
            non-member is a 403 (`clubMemberRole:error-notMember`), a member who may not manage
            content a 403 (`clubMemberRole:error-notContentCreator`), a missing map review a 404
            (`activity:error-notFound`).
            """
            ...

        async def typed(
            self,
            token: ServiceToken,
            club_id: int,
            activity_id: int,
            length: int,
            offset: int = 0,
        ) -> MemberMapSubmissions:
            """`get_club_map_review_submissions`, returning the answer as a `MemberMapSubmissions`.

            Get the maps all members submitted to a club map review, with what admins see (player
            counts, scores, time played).

            Args:
                club_id: the ID of the club.
                activity_id: the activity ID of the map review (see `get_club_activities`).
                length: maps to get.
                offset: maps to skip.

            Remarks: only useful with user accounts, not dedicated servers. A missing club or a
            non-member is a 403 (`clubMemberRole:error-notMember`), a member who may not manage
            content a 403 (`clubMemberRole:error-notContentCreator`), a missing map review a 404
            (`activity:error-notFound`).
            """
            ...

    class _AddFavoriteMap(Protocol):
        async def __call__(self, token: ServiceToken, map_uid: str) -> dict[str, Any]:
            """Add a map to the account's favorites.

            Args:
                map_uid: the UID of the map.

            Returns `{}`: the service answers 204 with no content, whether the map was added or not.

            Remarks: only useful with a service account; an unknown map is a 500
            (`InternalServerError`).
            """
            ...

    class _RemoveFavoriteMap(Protocol):
        async def __call__(self, token: ServiceToken, map_uid: str) -> dict[str, Any]:
            """Remove a map from the account's favorites.

            Args:
                map_uid: the UID of the map.

            Returns `{}`: the service answers 204 with no content, even for a map that was no
            favorite.

            Remarks: only useful with a service account; an unknown map is a 500
            (`InternalServerError`).
            """
            ...

    class _GetFavoriteMaps(Protocol):
        async def __call__(
            self,
            token: ServiceToken,
            length: int,
            offset: int = 0,
            sort: str = "date",
            order: str = "desc",
            map_types: Sequence[str] | None = None,
            playable: bool | None = None,
            only_mine: bool | None = None,
        ) -> dict[str, Any]:
            """Get the account's favorite maps with their metadata.

            Args:
                length: maps to get (at least 1).
                offset: maps to skip.
                sort: `date` (when the map became a favorite) or `name`.
                order: `asc` or `desc`.
                map_types: only maps of these types (e.g. `TrackMania\\TM_Race`); None: every type.
                playable: True: only validated, playable maps.
                only_mine: True: only maps the account made.

            Remarks: only useful with a service account.
            """
            ...

        async def typed(
            self,
            token: ServiceToken,
            length: int,
            offset: int = 0,
            sort: str = "date",
            order: str = "desc",
            map_types: Sequence[str] | None = None,
            playable: bool | None = None,
            only_mine: bool | None = None,
        ) -> MapList:
            """`get_favorite_maps`, returning the answer as a `MapList`.

            Get the account's favorite maps with their metadata.

            Args:
                length: maps to get (at least 1).
                offset: maps to skip.
                sort: `date` (when the map became a favorite) or `name`.
                order: `asc` or `desc`.
                map_types: only maps of these types (e.g. `TrackMania\\TM_Race`); None: every type.
                playable: True: only validated, playable maps.
                only_mine: True: only maps the account made.

            Remarks: only useful with a service account.
            """
            ...

    class _GetMapsInfo(Protocol):
        async def __call__(
            self,
            token: WebServicesToken,
            map_uids: Sequence[str],
        ) -> dict[str, Any]:
            """Get the metadata of several maps by their UIDs.

            Args:
                map_uids: the UIDs of the maps (not map IDs: for those use the Core API): at least
                    one, any number (sent 100 a request, each UID once).

            Remarks: unknown UIDs are left out without any error.
            """
            ...

        async def typed(self, token: WebServicesToken, map_uids: Sequence[str]) -> MapList:
            """`get_maps_info`, returning the answer as a `MapList`.

            Get the metadata of several maps by their UIDs.

            Args:
                map_uids: the UIDs of the maps (not map IDs: for those use the Core API): at least
                    one, any number (sent 100 a request, each UID once).

            Remarks: unknown UIDs are left out without any error.
            """
            ...

    class _GetMapInfo(Protocol):
        async def __call__(self, token: WebServicesToken, map_uid: str) -> dict[str, Any]:
            """Get a map's metadata by its UID.

            Args:
                map_uid: the UID of the map (not its map ID: for that use the Core API).

            Remarks: an unknown map is a 500 (`NotFoundHttpException`), not a 404.
            """
            ...

        async def typed(self, token: WebServicesToken, map_uid: str) -> Map:
            """`get_map_info`, returning the answer as a `Map`.

            Get a map's metadata by its UID.

            Args:
                map_uid: the UID of the map (not its map ID: for that use the Core API).

            Remarks: an unknown map is a 500 (`NotFoundHttpException`), not a 404.
            """
            ...

    class _GetUploadedMaps(Protocol):
        async def __call__(
            self,
            token: ServiceToken,
            length: int | None = None,
            offset: int | None = None,
        ) -> dict[str, Any]:
            """Get the maps the account uploaded, newest first.

            Args:
                length: maps to get (None: the service's default).
                offset: maps to skip (None: none).

            Remarks: only useful with a service account.
            """
            ...

        async def typed(
            self,
            token: ServiceToken,
            length: int | None = None,
            offset: int | None = None,
        ) -> MapList:
            """`get_uploaded_maps`, returning the answer as a `MapList`.

            Get the maps the account uploaded, newest first.

            Args:
                length: maps to get (None: the service's default).
                offset: maps to skip (None: none).

            Remarks: only useful with a service account.
            """
            ...

    class _IterMapsTotd(Protocol):
        def __call__(
            self,
            token: WebServicesToken,
            limit: int | None = None,
            progress: Progress | None = None,
        ) -> AsyncIterator[dict[str, Any]]:
            """Iterate over the months of Tracks of the Day, newest first, 12 a request.

            Args:
                limit: the most to yield (None: all of them).
                progress: called after each page with (items so far, `limit`).

            Yields the items of `monthList` one by one; no request is sent past the `itemCount` the
            first answer announces.
            """
            ...

        def typed(
            self,
            token: WebServicesToken,
            limit: int | None = None,
            progress: Progress | None = None,
        ) -> AsyncIterator[TotdMonth]:
            """`iter_maps_totd`, yielding each item as a `TotdMonth`.

            Iterate over the months of Tracks of the Day, newest first, 12 a request.

            Args:
                limit: the most to yield (None: all of them).
                progress: called after each page with (items so far, `limit`).

            Yields the items of `monthList` one by one; no request is sent past the `itemCount` the
            first answer announces.
            """
            ...

    class _IterMapsSeasonal(Protocol):
        def __call__(
            self,
            token: WebServicesToken,
            limit: int | None = None,
            progress: Progress | None = None,
        ) -> AsyncIterator[dict[str, Any]]:
            """Iterate over the seasonal campaigns, newest first, 8 a request.

            Args:
                limit: the most to yield (None: all of them).
                progress: called after each page with (items so far, `limit`).

            Yields the items of `campaignList` one by one; no request is sent past the `itemCount` the
            first answer announces.
            """
            ...

        def typed(
            self,
            token: WebServicesToken,
            limit: int | None = None,
            progress: Progress | None = None,
        ) -> AsyncIterator[Campaign]:
            """`iter_maps_seasonal`, yielding each item as a `Campaign`.

            Iterate over the seasonal campaigns, newest first, 8 a request.

            Args:
                limit: the most to yield (None: all of them).
                progress: called after each page with (items so far, `limit`).

            Yields the items of `campaignList` one by one; no request is sent past the `itemCount` the
            first answer announces.
            """
            ...

    class _IterMapsWeeklyShort(Protocol):
        def __call__(
            self,
            token: WebServicesToken,
            limit: int | None = None,
            progress: Progress | None = None,
        ) -> AsyncIterator[dict[str, Any]]:
            """Iterate over the Weekly Shorts, newest first, 12 a request.

            Args:
                limit: the most to yield (None: all of them).
                progress: called after each page with (items so far, `limit`).

            Yields the items of `campaignList` one by one; no request is sent past the `itemCount` the
            first answer announces.
            """
            ...

        def typed(
            self,
            token: WebServicesToken,
            limit: int | None = None,
            progress: Progress | None = None,
        ) -> AsyncIterator[Campaign]:
            """`iter_maps_weekly_short`, yielding each item as a `Campaign`.

            Iterate over the Weekly Shorts, newest first, 12 a request.

            Args:
                limit: the most to yield (None: all of them).
                progress: called after each page with (items so far, `limit`).

            Yields the items of `campaignList` one by one; no request is sent past the `itemCount` the
            first answer announces.
            """
            ...

    class _IterMapsWeeklyGrand(Protocol):
        def __call__(
            self,
            token: WebServicesToken,
            limit: int | None = None,
            progress: Progress | None = None,
        ) -> AsyncIterator[dict[str, Any]]:
            """Iterate over the Weekly Grands, newest first, 12 a request.

            Args:
                limit: the most to yield (None: all of them).
                progress: called after each page with (items so far, `limit`).

            Yields the items of `campaignList` one by one; no request is sent past the `itemCount` the
            first answer announces.
            """
            ...

        def typed(
            self,
            token: WebServicesToken,
            limit: int | None = None,
            progress: Progress | None = None,
        ) -> AsyncIterator[Campaign]:
            """`iter_maps_weekly_grand`, yielding each item as a `Campaign`.

            Iterate over the Weekly Grands, newest first, 12 a request.

            Args:
                limit: the most to yield (None: all of them).
                progress: called after each page with (items so far, `limit`).

            Yields the items of `campaignList` one by one; no request is sent past the `itemCount` the
            first answer announces.
            """
            ...

    class _IterMapsRoyal(Protocol):
        def __call__(
            self,
            token: WebServicesToken,
            limit: int | None = None,
            progress: Progress | None = None,
        ) -> AsyncIterator[dict[str, Any]]:
            """Iterate over the months of Royal maps, newest first, 12 a request.

            Args:
                limit: the most items to yield (None: all of them).
                progress: called after each page with (items so far, the most expected or None).

            Calls `get_maps_royal` page after page and yields the items of `monthList` one by one,
            none twice. Stops at `limit`, or at the `itemCount` the first answer announces (no
            request is sent past the last page).
            """
            ...

        def typed(
            self,
            token: WebServicesToken,
            limit: int | None = None,
            progress: Progress | None = None,
        ) -> AsyncIterator[TotdMonth]:
            """`iter_maps_royal`, yielding each item as a `TotdMonth`.

            Iterate over the months of Royal maps, newest first, 12 a request.

            Args:
                limit: the most items to yield (None: all of them).
                progress: called after each page with (items so far, the most expected or None).

            Calls `get_maps_royal` page after page and yields the items of `monthList` one by one,
            none twice. Stops at `limit`, or at the `itemCount` the first answer announces (no
            request is sent past the last page).
            """
            ...

    class _IterMapsSeasonalV1(Protocol):
        def __call__(
            self,
            token: WebServicesToken,
            limit: int | None = None,
            progress: Progress | None = None,
        ) -> AsyncIterator[dict[str, Any]]:
            """Iterate over the seasonal campaigns (v1 route), newest first, 8 a request.

            Args:
                limit: the most items to yield (None: all of them).
                progress: called after each page with (items so far, the most expected or None).

            Calls `get_maps_seasonal_v1` page after page and yields the items of `campaignList` one
            by one, none twice. Stops at `limit`, or at the `itemCount` the first answer announces
            (no request is sent past the last page).
            """
            ...

        def typed(
            self,
            token: WebServicesToken,
            limit: int | None = None,
            progress: Progress | None = None,
        ) -> AsyncIterator[CampaignV1]:
            """`iter_maps_seasonal_v1`, yielding each item as a `CampaignV1`.

            Iterate over the seasonal campaigns (v1 route), newest first, 8 a request.

            Args:
                limit: the most items to yield (None: all of them).
                progress: called after each page with (items so far, the most expected or None).

            Calls `get_maps_seasonal_v1` page after page and yields the items of `campaignList` one
            by one, none twice. Stops at `limit`, or at the `itemCount` the first answer announces
            (no request is sent past the last page).
            """
            ...

    class _IterMapsCupOfTheWeek(Protocol):
        def __call__(
            self,
            token: WebServicesToken,
            limit: int | None = None,
            progress: Progress | None = None,
        ) -> AsyncIterator[dict[str, Any]]:
            """Iterate over the Cups of the Week, newest first, 12 a request.

            Args:
                limit: the most items to yield (None: all of them).
                progress: called after each page with (items so far, the most expected or None).

            Calls `get_maps_cup_of_the_week` page after page and yields the items of `campaignList`
            one by one, none twice. Stops at `limit`, or at the `itemCount` the first answer
            announces (no request is sent past the last page).
            """
            ...

        def typed(
            self,
            token: WebServicesToken,
            limit: int | None = None,
            progress: Progress | None = None,
        ) -> AsyncIterator[Campaign]:
            """`iter_maps_cup_of_the_week`, yielding each item as a `Campaign`.

            Iterate over the Cups of the Week, newest first, 12 a request.

            Args:
                limit: the most items to yield (None: all of them).
                progress: called after each page with (items so far, the most expected or None).

            Calls `get_maps_cup_of_the_week` page after page and yields the items of `campaignList`
            one by one, none twice. Stops at `limit`, or at the `itemCount` the first answer
            announces (no request is sent past the last page).
            """
            ...

    class _IterClubMemberRequests(Protocol):
        def __call__(
            self,
            token: ServiceToken,
            club_id: int,
            limit: int | None = None,
            progress: Progress | None = None,
        ) -> AsyncIterator[dict[str, Any]]:
            """Iterate over a club's pending member requests, 100 a request.

            Args:
                club_id: the club's ID.
                limit: the most items to yield (None: all of them).
                progress: called after each page with (items so far, the most expected or None).

            Calls `get_club_member_requests` page after page and yields the items of
            `clubMemberList` one by one, none twice. Stops at `limit`, or at the `itemCount` the
            first answer announces (no request is sent past the last page).
            """
            ...

        def typed(
            self,
            token: ServiceToken,
            club_id: int,
            limit: int | None = None,
            progress: Progress | None = None,
        ) -> AsyncIterator[ClubMember]:
            """`iter_club_member_requests`, yielding each item as a `ClubMember`.

            Iterate over a club's pending member requests, 100 a request.

            Args:
                club_id: the club's ID.
                limit: the most items to yield (None: all of them).
                progress: called after each page with (items so far, the most expected or None).

            Calls `get_club_member_requests` page after page and yields the items of
            `clubMemberList` one by one, none twice. Stops at `limit`, or at the `itemCount` the
            first answer announces (no request is sent past the last page).
            """
            ...

    class _IterClubs(Protocol):
        def __call__(
            self,
            token: WebServicesToken,
            name: str | None = None,
            limit: int | None = None,
            progress: Progress | None = None,
        ) -> AsyncIterator[dict[str, Any]]:
            """Iterate over clubs, 250 a request.

            Args:
                name: text to look for in club names.
                limit: the most items to yield (None: all of them).
                progress: called after each page with (items so far, the most expected or None).

            Calls `get_clubs` page after page and yields the items of `clubList` one by one, none
            twice. Stops at `limit`, or at the `clubCount` the first answer announces (no request is
            sent past the last page).
            """
            ...

        def typed(
            self,
            token: WebServicesToken,
            name: str | None = None,
            limit: int | None = None,
            progress: Progress | None = None,
        ) -> AsyncIterator[Club]:
            """`iter_clubs`, yielding each item as a `Club`.

            Iterate over clubs, 250 a request.

            Args:
                name: text to look for in club names.
                limit: the most items to yield (None: all of them).
                progress: called after each page with (items so far, the most expected or None).

            Calls `get_clubs` page after page and yields the items of `clubList` one by one, none
            twice. Stops at `limit`, or at the `clubCount` the first answer announces (no request is
            sent past the last page).
            """
            ...

    class _IterMyClubs(Protocol):
        def __call__(
            self,
            token: ServiceToken,
            limit: int | None = None,
            progress: Progress | None = None,
        ) -> AsyncIterator[dict[str, Any]]:
            """Iterate over the clubs the account is a member of, 100 a request.

            Args:
                limit: the most items to yield (None: all of them).
                progress: called after each page with (items so far, the most expected or None).

            Calls `get_my_clubs` page after page and yields the items of `clubList` one by one, none
            twice. Stops at `limit`, or at the `clubCount` the first answer announces (no request is
            sent past the last page).
            """
            ...

        def typed(
            self,
            token: ServiceToken,
            limit: int | None = None,
            progress: Progress | None = None,
        ) -> AsyncIterator[MyClub]:
            """`iter_my_clubs`, yielding each item as a `MyClub`.

            Iterate over the clubs the account is a member of, 100 a request.

            Args:
                limit: the most items to yield (None: all of them).
                progress: called after each page with (items so far, the most expected or None).

            Calls `get_my_clubs` page after page and yields the items of `clubList` one by one, none
            twice. Stops at `limit`, or at the `clubCount` the first answer announces (no request is
            sent past the last page).
            """
            ...

    class _IterClubCompetitions(Protocol):
        def __call__(
            self,
            token: WebServicesToken,
            name: str | None = None,
            limit: int | None = None,
            progress: Progress | None = None,
        ) -> AsyncIterator[dict[str, Any]]:
            """Iterate over club competitions, 250 a request.

            Args:
                name: text to look for in competition names.
                limit: the most items to yield (None: all of them).
                progress: called after each page with (items so far, the most expected or None).

            Calls `get_club_competitions` page after page and yields the items of
            `clubCompetitionList` one by one, none twice. Stops at `limit`, or at the `itemCount`
            the first answer announces (no request is sent past the last page).
            """
            ...

        def typed(
            self,
            token: WebServicesToken,
            name: str | None = None,
            limit: int | None = None,
            progress: Progress | None = None,
        ) -> AsyncIterator[ClubCompetition]:
            """`iter_club_competitions`, yielding each item as a `ClubCompetition`.

            Iterate over club competitions, 250 a request.

            Args:
                name: text to look for in competition names.
                limit: the most items to yield (None: all of them).
                progress: called after each page with (items so far, the most expected or None).

            Calls `get_club_competitions` page after page and yields the items of
            `clubCompetitionList` one by one, none twice. Stops at `limit`, or at the `itemCount`
            the first answer announces (no request is sent past the last page).
            """
            ...

    class _IterClubMembers(Protocol):
        def __call__(
            self,
            token: WebServicesToken,
            club_id: int,
            limit: int | None = None,
            progress: Progress | None = None,
        ) -> AsyncIterator[dict[str, Any]]:
            """Iterate over a club's members, 250 a request.

            Args:
                club_id: the club's ID.
                limit: the most items to yield (None: all of them).
                progress: called after each page with (items so far, the most expected or None).

            Calls `get_club_members` page after page and yields the items of `clubMemberList` one by
            one, none twice. Stops at `limit`, or at the `itemCount` the first answer announces (no
            request is sent past the last page).
            """
            ...

        def typed(
            self,
            token: WebServicesToken,
            club_id: int,
            limit: int | None = None,
            progress: Progress | None = None,
        ) -> AsyncIterator[ClubMember]:
            """`iter_club_members`, yielding each item as a `ClubMember`.

            Iterate over a club's members, 250 a request.

            Args:
                club_id: the club's ID.
                limit: the most items to yield (None: all of them).
                progress: called after each page with (items so far, the most expected or None).

            Calls `get_club_members` page after page and yields the items of `clubMemberList` one by
            one, none twice. Stops at `limit`, or at the `itemCount` the first answer announces (no
            request is sent past the last page).
            """
            ...

    class _IterClubActivities(Protocol):
        def __call__(
            self,
            token: WebServicesToken,
            club_id: int,
            active: bool | None = None,
            folder_id: int | None = None,
            limit: int | None = None,
            progress: Progress | None = None,
        ) -> AsyncIterator[dict[str, Any]]:
            """Iterate over a club's activities, 250 a request.

            Args:
                club_id: the ID of the club.
                active: only enabled (True) or disabled (False) activities; None for both.
                folder_id: only the activities in that folder (0: those outside any folder); None
                    for all, including those nested in folders.
                limit: the most items to yield (None: all of them).
                progress: called after each page with (items so far, the most expected or None).

            Calls `get_club_activities` page after page and yields the items of `activityList` one
            by one, none twice. Stops at `limit`, or at the `itemCount` the first answer announces
            (no request is sent past the last page).
            """
            ...

        def typed(
            self,
            token: WebServicesToken,
            club_id: int,
            active: bool | None = None,
            folder_id: int | None = None,
            limit: int | None = None,
            progress: Progress | None = None,
        ) -> AsyncIterator[ClubActivity]:
            """`iter_club_activities`, yielding each item as a `ClubActivity`.

            Iterate over a club's activities, 250 a request.

            Args:
                club_id: the ID of the club.
                active: only enabled (True) or disabled (False) activities; None for both.
                folder_id: only the activities in that folder (0: those outside any folder); None
                    for all, including those nested in folders.
                limit: the most items to yield (None: all of them).
                progress: called after each page with (items so far, the most expected or None).

            Calls `get_club_activities` page after page and yields the items of `activityList` one
            by one, none twice. Stops at `limit`, or at the `itemCount` the first answer announces
            (no request is sent past the last page).
            """
            ...

    class _IterClubCampaigns(Protocol):
        def __call__(
            self,
            token: WebServicesToken,
            name: str | None = None,
            limit: int | None = None,
            progress: Progress | None = None,
        ) -> AsyncIterator[dict[str, Any]]:
            """Iterate over club campaigns, 250 a request.

            Args:
                name: only campaigns whose name contains this text.
                limit: the most items to yield (None: all of them).
                progress: called after each page with (items so far, the most expected or None).

            Calls `get_club_campaigns` page after page and yields the items of `clubCampaignList`
            one by one, none twice. Stops at `limit`, or at the `itemCount` the first answer
            announces (no request is sent past the last page).
            """
            ...

        def typed(
            self,
            token: WebServicesToken,
            name: str | None = None,
            limit: int | None = None,
            progress: Progress | None = None,
        ) -> AsyncIterator[ClubCampaign]:
            """`iter_club_campaigns`, yielding each item as a `ClubCampaign`.

            Iterate over club campaigns, 250 a request.

            Args:
                name: only campaigns whose name contains this text.
                limit: the most items to yield (None: all of them).
                progress: called after each page with (items so far, the most expected or None).

            Calls `get_club_campaigns` page after page and yields the items of `clubCampaignList`
            one by one, none twice. Stops at `limit`, or at the `itemCount` the first answer
            announces (no request is sent past the last page).
            """
            ...

    class _IterClubCampaignsByClub(Protocol):
        def __call__(
            self,
            token: ServiceToken,
            club_id: int,
            limit: int | None = None,
            progress: Progress | None = None,
        ) -> AsyncIterator[dict[str, Any]]:
            """Iterate over a club's active campaigns, newest first, 250 a request.

            Args:
                club_id: the ID of the club.
                limit: the most items to yield (None: all of them).
                progress: called after each page with (items so far, the most expected or None).

            Calls `get_club_campaigns_by_club` page after page and yields the items of
            `clubCampaignList` one by one, none twice. Stops at `limit`, or at the `itemCount` the
            first answer announces (no request is sent past the last page).
            """
            ...

        def typed(
            self,
            token: ServiceToken,
            club_id: int,
            limit: int | None = None,
            progress: Progress | None = None,
        ) -> AsyncIterator[EditedClubCampaign]:
            """`iter_club_campaigns_by_club`, yielding each item as a `EditedClubCampaign`.

            Iterate over a club's active campaigns, newest first, 250 a request.

            Args:
                club_id: the ID of the club.
                limit: the most items to yield (None: all of them).
                progress: called after each page with (items so far, the most expected or None).

            Calls `get_club_campaigns_by_club` page after page and yields the items of
            `clubCampaignList` one by one, none twice. Stops at `limit`, or at the `itemCount` the
            first answer announces (no request is sent past the last page).
            """
            ...

    class _IterClubRooms(Protocol):
        def __call__(
            self,
            token: WebServicesToken,
            name: str | None = None,
            limit: int | None = None,
            progress: Progress | None = None,
        ) -> AsyncIterator[dict[str, Any]]:
            """Iterate over club rooms, 250 a request.

            Args:
                name: only rooms whose name contains this text.
                limit: the most items to yield (None: all of them).
                progress: called after each page with (items so far, the most expected or None).

            Calls `get_club_rooms` page after page and yields the items of `clubRoomList` one by
            one, none twice. Stops at `limit`, or at the `itemCount` the first answer announces (no
            request is sent past the last page).
            """
            ...

        def typed(
            self,
            token: WebServicesToken,
            name: str | None = None,
            limit: int | None = None,
            progress: Progress | None = None,
        ) -> AsyncIterator[ClubRoom]:
            """`iter_club_rooms`, yielding each item as a `ClubRoom`.

            Iterate over club rooms, 250 a request.

            Args:
                name: only rooms whose name contains this text.
                limit: the most items to yield (None: all of them).
                progress: called after each page with (items so far, the most expected or None).

            Calls `get_club_rooms` page after page and yields the items of `clubRoomList` one by
            one, none twice. Stops at `limit`, or at the `itemCount` the first answer announces (no
            request is sent past the last page).
            """
            ...

    class _IterClubMapReviews(Protocol):
        def __call__(
            self,
            token: WebServicesToken,
            name: str | None = None,
            limit: int | None = None,
            progress: Progress | None = None,
        ) -> AsyncIterator[dict[str, Any]]:
            """Iterate over club map reviews, 250 a request.

            Args:
                name: only map review rooms whose name contains this text.
                limit: the most items to yield (None: all of them).
                progress: called after each page with (items so far, the most expected or None).

            Calls `get_club_map_reviews` page after page and yields the items of `clubMapReviewList`
            one by one, none twice. Stops at `limit`, or at the `itemCount` the first answer
            announces (no request is sent past the last page).
            """
            ...

        def typed(
            self,
            token: WebServicesToken,
            name: str | None = None,
            limit: int | None = None,
            progress: Progress | None = None,
        ) -> AsyncIterator[ClubMapReview]:
            """`iter_club_map_reviews`, yielding each item as a `ClubMapReview`.

            Iterate over club map reviews, 250 a request.

            Args:
                name: only map review rooms whose name contains this text.
                limit: the most items to yield (None: all of them).
                progress: called after each page with (items so far, the most expected or None).

            Calls `get_club_map_reviews` page after page and yields the items of `clubMapReviewList`
            one by one, none twice. Stops at `limit`, or at the `itemCount` the first answer
            announces (no request is sent past the last page).
            """
            ...

    class _IterClubUploads(Protocol):
        def __call__(
            self,
            token: WebServicesToken,
            bucket_type: str,
            limit: int | None = None,
            progress: Progress | None = None,
        ) -> AsyncIterator[dict[str, Any]]:
            """Iterate over club uploads of one type, 250 a request.

            Args:
                bucket_type: `map-upload`, `skin-upload` or `item-upload`.
                limit: the most items to yield (None: all of them).
                progress: called after each page with (items so far, the most expected or None).

            Calls `get_club_uploads` page after page and yields the items of `clubBucketList` one by
            one, none twice. Stops at `limit`, or at the `itemCount` the first answer announces (no
            request is sent past the last page).
            """
            ...

        def typed(
            self,
            token: WebServicesToken,
            bucket_type: str,
            limit: int | None = None,
            progress: Progress | None = None,
        ) -> AsyncIterator[ClubUpload]:
            """`iter_club_uploads`, yielding each item as a `ClubUpload`.

            Iterate over club uploads of one type, 250 a request.

            Args:
                bucket_type: `map-upload`, `skin-upload` or `item-upload`.
                limit: the most items to yield (None: all of them).
                progress: called after each page with (items so far, the most expected or None).

            Calls `get_club_uploads` page after page and yields the items of `clubBucketList` one by
            one, none twice. Stops at `limit`, or at the `itemCount` the first answer announces (no
            request is sent past the last page).
            """
            ...

    class _IterClubUpload(Protocol):
        def __call__(
            self,
            token: WebServicesToken,
            club_id: int,
            activity_id: int,
            limit: int | None = None,
            progress: Progress | None = None,
        ) -> AsyncIterator[dict[str, Any]]:
            """Iterate over the items of a club upload, 100 a request.

            Args:
                club_id: the ID of the club.
                activity_id: the activity ID of the upload activity.
                limit: the most items to yield (None: all of them).
                progress: called after each page with (items so far, the most expected or None).

            Calls `get_club_upload` page after page and yields the items of `bucketItemList` one by
            one, none twice. Stops at `limit`, or at the `bucketItemCount` the first answer
            announces (no request is sent past the last page).
            """
            ...

        def typed(
            self,
            token: WebServicesToken,
            club_id: int,
            activity_id: int,
            limit: int | None = None,
            progress: Progress | None = None,
        ) -> AsyncIterator[BucketItem]:
            """`iter_club_upload`, yielding each item as a `BucketItem`.

            Iterate over the items of a club upload, 100 a request.

            Args:
                club_id: the ID of the club.
                activity_id: the activity ID of the upload activity.
                limit: the most items to yield (None: all of them).
                progress: called after each page with (items so far, the most expected or None).

            Calls `get_club_upload` page after page and yields the items of `bucketItemList` one by
            one, none twice. Stops at `limit`, or at the `bucketItemCount` the first answer
            announces (no request is sent past the last page).
            """
            ...

    class _IterMapLeaderboard(Protocol):
        def __call__(
            self,
            token: WebServicesToken,
            map_uid: str,
            group_uid: str = "Personal_Best",
            limit: int | None = 10000,
            progress: Progress | None = None,
        ) -> AsyncIterator[dict[str, Any]]:
            """Iterate over a map's world leaderboard, record by record, 100 records a request.

            Args:
                map_uid: the UID of the map.
                group_uid: the group/season; `Personal_Best` is the global leaderboard.
                limit: the most records to yield (at most 10,000, the deepest that can be read).
                progress: called after each page with (records so far, the most expected).

            Stops at `limit`, at 10,000, or after a short page (the end of the leaderboard). A player
            whose record moves to a later page during the crawl is not yielded twice.
            """
            ...

        def typed(
            self,
            token: WebServicesToken,
            map_uid: str,
            group_uid: str = "Personal_Best",
            limit: int | None = 10000,
            progress: Progress | None = None,
        ) -> AsyncIterator[Record]:
            """`iter_map_leaderboard`, yielding each item as a `Record`.

            Iterate over a map's world leaderboard, record by record, 100 records a request.

            Args:
                map_uid: the UID of the map.
                group_uid: the group/season; `Personal_Best` is the global leaderboard.
                limit: the most records to yield (at most 10,000, the deepest that can be read).
                progress: called after each page with (records so far, the most expected).

            Stops at `limit`, at 10,000, or after a short page (the end of the leaderboard). A player
            whose record moves to a later page during the crawl is not yielded twice.
            """
            ...

    class _IterCampaignLeaderboard(Protocol):
        def __call__(
            self,
            token: WebServicesToken,
            group_uid: str,
            limit: int | None = None,
            progress: Progress | None = None,
        ) -> AsyncIterator[dict[str, Any]]:
            """Iterate over a campaign's (or season's) world leaderboard, 100 a request.

            Args:
                group_uid: the group of the campaign or season (not `Personal_Best`).
                limit: the most items to yield (None: all of them).
                progress: called after each page with (items so far, the most expected or None).

            Calls `get_campaign_leaderboard` page after page and yields each page's items one by
            one, none twice. Stops at `limit`, or after a short page (the end).
            """
            ...

        def typed(
            self,
            token: WebServicesToken,
            group_uid: str,
            limit: int | None = None,
            progress: Progress | None = None,
        ) -> AsyncIterator[CampaignRecord]:
            """`iter_campaign_leaderboard`, yielding each item as a `CampaignRecord`.

            Iterate over a campaign's (or season's) world leaderboard, 100 a request.

            Args:
                group_uid: the group of the campaign or season (not `Personal_Best`).
                limit: the most items to yield (None: all of them).
                progress: called after each page with (items so far, the most expected or None).

            Calls `get_campaign_leaderboard` page after page and yields each page's items one by
            one, none twice. Stops at `limit`, or after a short page (the end).
            """
            ...

    class _IterCampaignClubLeaderboard(Protocol):
        def __call__(
            self,
            token: WebServicesToken,
            group_uid: str,
            club_id: int,
            limit: int | None = None,
            progress: Progress | None = None,
        ) -> AsyncIterator[dict[str, Any]]:
            """Iterate over a campaign's leaderboard among a club's members, 100 a request.

            Args:
                group_uid: the group of the campaign or season (not `Personal_Best`).
                club_id: the ID of the club.
                limit: the most items to yield (None: all of them).
                progress: called after each page with (items so far, the most expected or None).

            Calls `get_campaign_club_leaderboard` page after page and yields the items of `top` one
            by one, none twice. Stops at `limit`, or at the `length` the first answer announces (no
            request is sent past the last page).
            """
            ...

        def typed(
            self,
            token: WebServicesToken,
            group_uid: str,
            club_id: int,
            limit: int | None = None,
            progress: Progress | None = None,
        ) -> AsyncIterator[CampaignRecord]:
            """`iter_campaign_club_leaderboard`, yielding each item as a `CampaignRecord`.

            Iterate over a campaign's leaderboard among a club's members, 100 a request.

            Args:
                group_uid: the group of the campaign or season (not `Personal_Best`).
                club_id: the ID of the club.
                limit: the most items to yield (None: all of them).
                progress: called after each page with (items so far, the most expected or None).

            Calls `get_campaign_club_leaderboard` page after page and yields the items of `top` one
            by one, none twice. Stops at `limit`, or at the `length` the first answer announces (no
            request is sent past the last page).
            """
            ...

    class _IterClubMapLeaderboard(Protocol):
        def __call__(
            self,
            token: WebServicesToken,
            map_uid: str,
            club_id: int,
            group_uid: str = "Personal_Best",
            limit: int | None = None,
            progress: Progress | None = None,
        ) -> AsyncIterator[dict[str, Any]]:
            """Iterate over a map's leaderboard among a club's members, 100 a request.

            Args:
                map_uid: the UID of the map.
                club_id: the ID of the club.
                group_uid: the group/season; `Personal_Best` is the global leaderboard.
                limit: the most items to yield (at most 10,000).
                progress: called after each page with (items so far, the most expected or None).

            Calls `get_club_map_leaderboard` page after page and yields the items of `top` one by
            one, none twice. Stops at `limit`, at 10,000, or at the `length` the first answer
            announces (no request is sent past the last page).
            """
            ...

        def typed(
            self,
            token: WebServicesToken,
            map_uid: str,
            club_id: int,
            group_uid: str = "Personal_Best",
            limit: int | None = None,
            progress: Progress | None = None,
        ) -> AsyncIterator[Record]:
            """`iter_club_map_leaderboard`, yielding each item as a `Record`.

            Iterate over a map's leaderboard among a club's members, 100 a request.

            Args:
                map_uid: the UID of the map.
                club_id: the ID of the club.
                group_uid: the group/season; `Personal_Best` is the global leaderboard.
                limit: the most items to yield (at most 10,000).
                progress: called after each page with (items so far, the most expected or None).

            Calls `get_club_map_leaderboard` page after page and yields the items of `top` one by
            one, none twice. Stops at `limit`, at 10,000, or at the `length` the first answer
            announces (no request is sent past the last page).
            """
            ...

    class _IterMapReviewSubmitted(Protocol):
        def __call__(
            self,
            token: ServiceToken,
            review_type: str,
            limit: int | None = None,
            progress: Progress | None = None,
        ) -> AsyncIterator[dict[str, Any]]:
            """Iterate over the maps the account submitted to an official map review, 144 a request.

            Args:
                review_type: the review server, e.g. `totd` or `weekly-shorts`.
                limit: the most items to yield (None: all of them).
                progress: called after each page with (items so far, the most expected or None).

            Calls `get_map_review_submitted` page after page and yields the items of `submittedMaps`
            one by one, none twice. Stops at `limit`, or at the `itemCount` the first answer
            announces (no request is sent past the last page).
            """
            ...

        def typed(
            self,
            token: ServiceToken,
            review_type: str,
            limit: int | None = None,
            progress: Progress | None = None,
        ) -> AsyncIterator[SubmittedMap]:
            """`iter_map_review_submitted`, yielding each item as a `SubmittedMap`.

            Iterate over the maps the account submitted to an official map review, 144 a request.

            Args:
                review_type: the review server, e.g. `totd` or `weekly-shorts`.
                limit: the most items to yield (None: all of them).
                progress: called after each page with (items so far, the most expected or None).

            Calls `get_map_review_submitted` page after page and yields the items of `submittedMaps`
            one by one, none twice. Stops at `limit`, or at the `itemCount` the first answer
            announces (no request is sent past the last page).
            """
            ...

    class _IterClubMapReviewSubmitted(Protocol):
        def __call__(
            self,
            token: ServiceToken,
            club_id: int,
            activity_id: int,
            with_feedback: bool = False,
            with_map_info: bool = False,
            limit: int | None = None,
            progress: Progress | None = None,
        ) -> AsyncIterator[dict[str, Any]]:
            """Iterate over the maps the account submitted to a club map review, 100 a request.

            Args:
                club_id: the ID of the club.
                activity_id: the activity ID of the map review (see `get_club_activities`).
                with_feedback: include the vote statistics (`noteInfo`, else null).
                with_map_info: include the map's details (`map`, else null).
                limit: the most items to yield (None: all of them).
                progress: called after each page with (items so far, the most expected or None).

            Calls `get_club_map_review_submitted` page after page and yields the items of
            `submittedMaps` one by one, none twice. Stops at `limit`, or at the `itemCount` the
            first answer announces (no request is sent past the last page).
            """
            ...

        def typed(
            self,
            token: ServiceToken,
            club_id: int,
            activity_id: int,
            with_feedback: bool = False,
            with_map_info: bool = False,
            limit: int | None = None,
            progress: Progress | None = None,
        ) -> AsyncIterator[ClubMapSubmission]:
            """`iter_club_map_review_submitted`, yielding each item as a `ClubMapSubmission`.

            Iterate over the maps the account submitted to a club map review, 100 a request.

            Args:
                club_id: the ID of the club.
                activity_id: the activity ID of the map review (see `get_club_activities`).
                with_feedback: include the vote statistics (`noteInfo`, else null).
                with_map_info: include the map's details (`map`, else null).
                limit: the most items to yield (None: all of them).
                progress: called after each page with (items so far, the most expected or None).

            Calls `get_club_map_review_submitted` page after page and yields the items of
            `submittedMaps` one by one, none twice. Stops at `limit`, or at the `itemCount` the
            first answer announces (no request is sent past the last page).
            """
            ...

    class _IterClubMapReviewSubmissions(Protocol):
        def __call__(
            self,
            token: ServiceToken,
            club_id: int,
            activity_id: int,
            limit: int | None = None,
            progress: Progress | None = None,
        ) -> AsyncIterator[dict[str, Any]]:
            """Iterate over the maps members submitted to a club map review, 100 a request.

            Args:
                club_id: the ID of the club.
                activity_id: the activity ID of the map review (see `get_club_activities`).
                limit: the most items to yield (None: all of them).
                progress: called after each page with (items so far, the most expected or None).

            Calls `get_club_map_review_submissions` page after page and yields the items of
            `submittedMaps` one by one, none twice. Stops at `limit`, or at the `itemCount` the
            first answer announces (no request is sent past the last page).
            """
            ...

        def typed(
            self,
            token: ServiceToken,
            club_id: int,
            activity_id: int,
            limit: int | None = None,
            progress: Progress | None = None,
        ) -> AsyncIterator[MemberMapSubmission]:
            """`iter_club_map_review_submissions`, yielding each item as a `MemberMapSubmission`.

            Iterate over the maps members submitted to a club map review, 100 a request.

            Args:
                club_id: the ID of the club.
                activity_id: the activity ID of the map review (see `get_club_activities`).
                limit: the most items to yield (None: all of them).
                progress: called after each page with (items so far, the most expected or None).

            Calls `get_club_map_review_submissions` page after page and yields the items of
            `submittedMaps` one by one, none twice. Stops at `limit`, or at the `itemCount` the
            first answer announces (no request is sent past the last page).
            """
            ...

    class _IterFavoriteMaps(Protocol):
        def __call__(
            self,
            token: ServiceToken,
            sort: str = "date",
            order: str = "desc",
            map_types: Sequence[str] | None = None,
            playable: bool | None = None,
            only_mine: bool | None = None,
            limit: int | None = None,
            progress: Progress | None = None,
        ) -> AsyncIterator[dict[str, Any]]:
            """Iterate over the account's favorite maps, 100 a request.

            Args:
                sort: `date` (when the map became a favorite) or `name`.
                order: `asc` or `desc`.
                map_types: only maps of these types (e.g. `TrackMania\\TM_Race`); None: every type.
                playable: True: only validated, playable maps.
                only_mine: True: only maps the account made.
                limit: the most items to yield (None: all of them).
                progress: called after each page with (items so far, the most expected or None).

            Calls `get_favorite_maps` page after page and yields the items of `mapList` one by one,
            none twice. Stops at `limit`, or at the `itemCount` the first answer announces (no
            request is sent past the last page).
            """
            ...

        def typed(
            self,
            token: ServiceToken,
            sort: str = "date",
            order: str = "desc",
            map_types: Sequence[str] | None = None,
            playable: bool | None = None,
            only_mine: bool | None = None,
            limit: int | None = None,
            progress: Progress | None = None,
        ) -> AsyncIterator[Map]:
            """`iter_favorite_maps`, yielding each item as a `Map`.

            Iterate over the account's favorite maps, 100 a request.

            Args:
                sort: `date` (when the map became a favorite) or `name`.
                order: `asc` or `desc`.
                map_types: only maps of these types (e.g. `TrackMania\\TM_Race`); None: every type.
                playable: True: only validated, playable maps.
                only_mine: True: only maps the account made.
                limit: the most items to yield (None: all of them).
                progress: called after each page with (items so far, the most expected or None).

            Calls `get_favorite_maps` page after page and yields the items of `mapList` one by one,
            none twice. Stops at `limit`, or at the `itemCount` the first answer announces (no
            request is sent past the last page).
            """
            ...

    class _IterUploadedMaps(Protocol):
        def __call__(
            self,
            token: ServiceToken,
            limit: int | None = None,
            progress: Progress | None = None,
        ) -> AsyncIterator[dict[str, Any]]:
            """Iterate over the maps the account uploaded, 100 a request.

            Args:
                limit: the most items to yield (None: all of them).
                progress: called after each page with (items so far, the most expected or None).

            Calls `get_uploaded_maps` page after page and yields the items of `mapList` one by one,
            none twice. Stops at `limit`, or at the `itemCount` the first answer announces (no
            request is sent past the last page).
            """
            ...

        def typed(
            self,
            token: ServiceToken,
            limit: int | None = None,
            progress: Progress | None = None,
        ) -> AsyncIterator[Map]:
            """`iter_uploaded_maps`, yielding each item as a `Map`.

            Iterate over the maps the account uploaded, 100 a request.

            Args:
                limit: the most items to yield (None: all of them).
                progress: called after each page with (items so far, the most expected or None).

            Calls `get_uploaded_maps` page after page and yields the items of `mapList` one by one,
            none twice. Stops at `limit`, or at the `itemCount` the first answer announces (no
            request is sent past the last page).
            """
            ...

    class AsyncLiveEndpoints:
        """`AsyncClient().live`: the functions of `nadeo_api.aio.live`, bound to a client."""

        get_server_accounts: _GetServerAccounts
        get_maps_royal: _GetMapsRoyal
        get_maps_seasonal: _GetMapsSeasonal
        get_maps_totd: _GetMapsTotd
        get_maps_weekly_grand: _GetMapsWeeklyGrand
        get_maps_weekly_short: _GetMapsWeeklyShort
        get_maps_seasonal_v1: _GetMapsSeasonalV1
        get_maps_cup_of_the_week: _GetMapsCupOfTheWeek
        get_map_campaign_info: _GetMapCampaignInfo
        create_club: _CreateClub
        edit_club: _EditClub
        get_club_member_requests: _GetClubMemberRequests
        edit_club_member: _EditClubMember
        set_club_vip: _SetClubVip
        unset_club_vip: _UnsetClubVip
        delete_club: _DeleteClub
        delete_club_member: _DeleteClubMember
        create_club_campaign: _CreateClubCampaign
        create_club_folder: _CreateClubFolder
        create_club_map_review: _CreateClubMapReview
        create_club_news: _CreateClubNews
        create_club_ranking: _CreateClubRanking
        create_club_room: _CreateClubRoom
        create_club_upload: _CreateClubUpload
        edit_club_activity: _EditClubActivity
        edit_club_campaign: _EditClubCampaign
        edit_club_map_review: _EditClubMapReview
        edit_club_news: _EditClubNews
        edit_club_room: _EditClubRoom
        create_club_room_from_server: _CreateClubRoomFromServer
        edit_club_room_from_server: _EditClubRoomFromServer
        delete_club_activity: _DeleteClubActivity
        add_club_upload_items: _AddClubUploadItems
        remove_club_upload_items: _RemoveClubUploadItems
        get_club_campaign: _GetClubCampaign
        get_club: _GetClub
        get_clubs: _GetClubs
        get_my_clubs: _GetMyClubs
        get_club_competitions: _GetClubCompetitions
        get_club_player_info: _GetClubPlayerInfo
        pin_club: _PinClub
        use_club_tag: _UseClubTag
        get_club_members: _GetClubMembers
        get_club_member: _GetClubMember
        get_club_member_by_name: _GetClubMemberByName
        join_club: _JoinClub
        get_club_activities: _GetClubActivities
        get_club_campaigns: _GetClubCampaigns
        get_club_campaigns_by_club: _GetClubCampaignsByClub
        get_club_rooms: _GetClubRooms
        get_club_map_reviews: _GetClubMapReviews
        get_club_uploads: _GetClubUploads
        get_club_upload: _GetClubUpload
        get_club_news: _GetClubNews
        get_club_map_review: _GetClubMapReview
        get_club_room: _GetClubRoom
        get_club_room_join_link: _GetClubRoomJoinLink
        get_club_room_password: _GetClubRoomPassword
        delete: _Delete
        get: _Get
        head: _Head
        options: _Options
        patch: _Patch
        post: _Post
        put: _Put
        get_map_leaderboard: _GetMapLeaderboard
        get_player_club_record: _GetPlayerClubRecord
        get_campaign_club_ranking: _GetCampaignClubRanking
        get_campaign_club_leaderboard: _GetCampaignClubLeaderboard
        get_campaign_ranking: _GetCampaignRanking
        get_campaign_leaderboard: _GetCampaignLeaderboard
        get_map_medal_records: _GetMapMedalRecords
        get_player_records: _GetPlayerRecords
        get_record_positions: _GetRecordPositions
        get_surrounding_records: _GetSurroundingRecords
        get_club_map_leaderboard: _GetClubMapLeaderboard
        get_my_trophy_ranking: _GetMyTrophyRanking
        get_trophy_rankings: _GetTrophyRankings
        get_active_maniapubs: _GetActiveManiapubs
        get_map_review_connect: _GetMapReviewConnect
        get_map_review_submitted: _GetMapReviewSubmitted
        get_map_review_waiting_time: _GetMapReviewWaitingTime
        get_club_map_review_submitted: _GetClubMapReviewSubmitted
        get_club_map_review_submissions: _GetClubMapReviewSubmissions
        add_favorite_map: _AddFavoriteMap
        remove_favorite_map: _RemoveFavoriteMap
        get_favorite_maps: _GetFavoriteMaps
        get_maps_info: _GetMapsInfo
        get_map_info: _GetMapInfo
        get_uploaded_maps: _GetUploadedMaps
        iter_maps_totd: _IterMapsTotd
        iter_maps_seasonal: _IterMapsSeasonal
        iter_maps_weekly_short: _IterMapsWeeklyShort
        iter_maps_weekly_grand: _IterMapsWeeklyGrand
        iter_maps_royal: _IterMapsRoyal
        iter_maps_seasonal_v1: _IterMapsSeasonalV1
        iter_maps_cup_of_the_week: _IterMapsCupOfTheWeek
        iter_club_member_requests: _IterClubMemberRequests
        iter_clubs: _IterClubs
        iter_my_clubs: _IterMyClubs
        iter_club_competitions: _IterClubCompetitions
        iter_club_members: _IterClubMembers
        iter_club_activities: _IterClubActivities
        iter_club_campaigns: _IterClubCampaigns
        iter_club_campaigns_by_club: _IterClubCampaignsByClub
        iter_club_rooms: _IterClubRooms
        iter_club_map_reviews: _IterClubMapReviews
        iter_club_uploads: _IterClubUploads
        iter_club_upload: _IterClubUpload
        iter_map_leaderboard: _IterMapLeaderboard
        iter_campaign_leaderboard: _IterCampaignLeaderboard
        iter_campaign_club_leaderboard: _IterCampaignClubLeaderboard
        iter_club_map_leaderboard: _IterClubMapLeaderboard
        iter_map_review_submitted: _IterMapReviewSubmitted
        iter_club_map_review_submitted: _IterClubMapReviewSubmitted
        iter_club_map_review_submissions: _IterClubMapReviewSubmissions
        iter_favorite_maps: _IterFavoriteMaps
        iter_uploaded_maps: _IterUploadedMaps


__all__ = [
    "add_club_upload_items",
    "add_favorite_map",
    "create_club",
    "create_club_campaign",
    "create_club_folder",
    "create_club_map_review",
    "create_club_news",
    "create_club_ranking",
    "create_club_room",
    "create_club_room_from_server",
    "create_club_upload",
    "delete",
    "delete_club",
    "delete_club_activity",
    "delete_club_member",
    "edit_club",
    "edit_club_activity",
    "edit_club_campaign",
    "edit_club_map_review",
    "edit_club_member",
    "edit_club_news",
    "edit_club_room",
    "edit_club_room_from_server",
    "get",
    "get_active_maniapubs",
    "get_campaign_club_leaderboard",
    "get_campaign_club_ranking",
    "get_campaign_leaderboard",
    "get_campaign_ranking",
    "get_club",
    "get_club_activities",
    "get_club_campaign",
    "get_club_campaigns",
    "get_club_campaigns_by_club",
    "get_club_competitions",
    "get_club_map_leaderboard",
    "get_club_map_review",
    "get_club_map_review_submissions",
    "get_club_map_review_submitted",
    "get_club_map_reviews",
    "get_club_member",
    "get_club_member_by_name",
    "get_club_member_requests",
    "get_club_members",
    "get_club_news",
    "get_club_player_info",
    "get_club_room",
    "get_club_room_join_link",
    "get_club_room_password",
    "get_club_rooms",
    "get_club_upload",
    "get_club_uploads",
    "get_clubs",
    "get_favorite_maps",
    "get_map_campaign_info",
    "get_map_info",
    "get_map_leaderboard",
    "get_map_medal_records",
    "get_map_review_connect",
    "get_map_review_submitted",
    "get_map_review_waiting_time",
    "get_maps_cup_of_the_week",
    "get_maps_info",
    "get_maps_royal",
    "get_maps_seasonal",
    "get_maps_seasonal_v1",
    "get_maps_totd",
    "get_maps_weekly_grand",
    "get_maps_weekly_short",
    "get_my_clubs",
    "get_my_trophy_ranking",
    "get_player_club_record",
    "get_player_records",
    "get_record_positions",
    "get_server_accounts",
    "get_surrounding_records",
    "get_trophy_rankings",
    "get_uploaded_maps",
    "head",
    "iter_campaign_club_leaderboard",
    "iter_campaign_leaderboard",
    "iter_club_activities",
    "iter_club_campaigns",
    "iter_club_campaigns_by_club",
    "iter_club_competitions",
    "iter_club_map_leaderboard",
    "iter_club_map_review_submissions",
    "iter_club_map_review_submitted",
    "iter_club_map_reviews",
    "iter_club_member_requests",
    "iter_club_members",
    "iter_club_rooms",
    "iter_club_upload",
    "iter_club_uploads",
    "iter_clubs",
    "iter_favorite_maps",
    "iter_map_leaderboard",
    "iter_map_review_submitted",
    "iter_maps_cup_of_the_week",
    "iter_maps_royal",
    "iter_maps_seasonal",
    "iter_maps_seasonal_v1",
    "iter_maps_totd",
    "iter_maps_weekly_grand",
    "iter_maps_weekly_short",
    "iter_my_clubs",
    "iter_uploaded_maps",
    "join_club",
    "options",
    "patch",
    "pin_club",
    "post",
    "put",
    "remove_club_upload_items",
    "remove_favorite_map",
    "set_club_vip",
    "unset_club_vip",
    "use_club_tag",
]

get_server_accounts: _GetServerAccounts
get_maps_royal: _GetMapsRoyal
get_maps_seasonal: _GetMapsSeasonal
get_maps_totd: _GetMapsTotd
get_maps_weekly_grand: _GetMapsWeeklyGrand
get_maps_weekly_short: _GetMapsWeeklyShort
get_maps_seasonal_v1: _GetMapsSeasonalV1
get_maps_cup_of_the_week: _GetMapsCupOfTheWeek
get_map_campaign_info: _GetMapCampaignInfo
create_club: _CreateClub
edit_club: _EditClub
get_club_member_requests: _GetClubMemberRequests
edit_club_member: _EditClubMember
set_club_vip: _SetClubVip
unset_club_vip: _UnsetClubVip
delete_club: _DeleteClub
delete_club_member: _DeleteClubMember
create_club_campaign: _CreateClubCampaign
create_club_folder: _CreateClubFolder
create_club_map_review: _CreateClubMapReview
create_club_news: _CreateClubNews
create_club_ranking: _CreateClubRanking
create_club_room: _CreateClubRoom
create_club_upload: _CreateClubUpload
edit_club_activity: _EditClubActivity
edit_club_campaign: _EditClubCampaign
edit_club_map_review: _EditClubMapReview
edit_club_news: _EditClubNews
edit_club_room: _EditClubRoom
create_club_room_from_server: _CreateClubRoomFromServer
edit_club_room_from_server: _EditClubRoomFromServer
delete_club_activity: _DeleteClubActivity
add_club_upload_items: _AddClubUploadItems
remove_club_upload_items: _RemoveClubUploadItems
get_club_campaign: _GetClubCampaign
get_club: _GetClub
get_clubs: _GetClubs
get_my_clubs: _GetMyClubs
get_club_competitions: _GetClubCompetitions
get_club_player_info: _GetClubPlayerInfo
pin_club: _PinClub
use_club_tag: _UseClubTag
get_club_members: _GetClubMembers
get_club_member: _GetClubMember
get_club_member_by_name: _GetClubMemberByName
join_club: _JoinClub
get_club_activities: _GetClubActivities
get_club_campaigns: _GetClubCampaigns
get_club_campaigns_by_club: _GetClubCampaignsByClub
get_club_rooms: _GetClubRooms
get_club_map_reviews: _GetClubMapReviews
get_club_uploads: _GetClubUploads
get_club_upload: _GetClubUpload
get_club_news: _GetClubNews
get_club_map_review: _GetClubMapReview
get_club_room: _GetClubRoom
get_club_room_join_link: _GetClubRoomJoinLink
get_club_room_password: _GetClubRoomPassword
delete: _Delete
get: _Get
head: _Head
options: _Options
patch: _Patch
post: _Post
put: _Put
get_map_leaderboard: _GetMapLeaderboard
get_player_club_record: _GetPlayerClubRecord
get_campaign_club_ranking: _GetCampaignClubRanking
get_campaign_club_leaderboard: _GetCampaignClubLeaderboard
get_campaign_ranking: _GetCampaignRanking
get_campaign_leaderboard: _GetCampaignLeaderboard
get_map_medal_records: _GetMapMedalRecords
get_player_records: _GetPlayerRecords
get_record_positions: _GetRecordPositions
get_surrounding_records: _GetSurroundingRecords
get_club_map_leaderboard: _GetClubMapLeaderboard
get_my_trophy_ranking: _GetMyTrophyRanking
get_trophy_rankings: _GetTrophyRankings
get_active_maniapubs: _GetActiveManiapubs
get_map_review_connect: _GetMapReviewConnect
get_map_review_submitted: _GetMapReviewSubmitted
get_map_review_waiting_time: _GetMapReviewWaitingTime
get_club_map_review_submitted: _GetClubMapReviewSubmitted
get_club_map_review_submissions: _GetClubMapReviewSubmissions
add_favorite_map: _AddFavoriteMap
remove_favorite_map: _RemoveFavoriteMap
get_favorite_maps: _GetFavoriteMaps
get_maps_info: _GetMapsInfo
get_map_info: _GetMapInfo
get_uploaded_maps: _GetUploadedMaps
iter_maps_totd: _IterMapsTotd
iter_maps_seasonal: _IterMapsSeasonal
iter_maps_weekly_short: _IterMapsWeeklyShort
iter_maps_weekly_grand: _IterMapsWeeklyGrand
iter_maps_royal: _IterMapsRoyal
iter_maps_seasonal_v1: _IterMapsSeasonalV1
iter_maps_cup_of_the_week: _IterMapsCupOfTheWeek
iter_club_member_requests: _IterClubMemberRequests
iter_clubs: _IterClubs
iter_my_clubs: _IterMyClubs
iter_club_competitions: _IterClubCompetitions
iter_club_members: _IterClubMembers
iter_club_activities: _IterClubActivities
iter_club_campaigns: _IterClubCampaigns
iter_club_campaigns_by_club: _IterClubCampaignsByClub
iter_club_rooms: _IterClubRooms
iter_club_map_reviews: _IterClubMapReviews
iter_club_uploads: _IterClubUploads
iter_club_upload: _IterClubUpload
iter_map_leaderboard: _IterMapLeaderboard
iter_campaign_leaderboard: _IterCampaignLeaderboard
iter_campaign_club_leaderboard: _IterCampaignClubLeaderboard
iter_club_map_leaderboard: _IterClubMapLeaderboard
iter_map_review_submitted: _IterMapReviewSubmitted
iter_club_map_review_submitted: _IterClubMapReviewSubmitted
iter_club_map_review_submissions: _IterClubMapReviewSubmissions
iter_favorite_maps: _IterFavoriteMaps
iter_uploaded_maps: _IterUploadedMaps

if TYPE_CHECKING:

    def _made_from_declarations() -> None:
        """What each function is made from, which the checkers hold to its protocol."""
        get_server_accounts: _GetServerAccounts = async_function(
            _accounts.get_server_accounts, __name__
        )
        get_maps_royal: _GetMapsRoyal = async_function(_campaigns.get_maps_royal, __name__)
        get_maps_seasonal: _GetMapsSeasonal = async_function(_campaigns.get_maps_seasonal, __name__)
        get_maps_totd: _GetMapsTotd = async_function(_campaigns.get_maps_totd, __name__)
        get_maps_weekly_grand: _GetMapsWeeklyGrand = async_function(
            _campaigns.get_maps_weekly_grand, __name__
        )
        get_maps_weekly_short: _GetMapsWeeklyShort = async_function(
            _campaigns.get_maps_weekly_short, __name__
        )
        get_maps_seasonal_v1: _GetMapsSeasonalV1 = async_function(
            _campaigns.get_maps_seasonal_v1, __name__
        )
        get_maps_cup_of_the_week: _GetMapsCupOfTheWeek = async_function(
            _campaigns.get_maps_cup_of_the_week, __name__
        )
        get_map_campaign_info: _GetMapCampaignInfo = async_function(
            _campaigns.get_map_campaign_info, __name__
        )
        create_club: _CreateClub = async_function(_club_management.create_club, __name__)
        edit_club: _EditClub = async_function(_club_management.edit_club, __name__)
        get_club_member_requests: _GetClubMemberRequests = async_function(
            _club_management.get_club_member_requests, __name__
        )
        edit_club_member: _EditClubMember = async_function(
            _club_management.edit_club_member, __name__
        )
        set_club_vip: _SetClubVip = async_function(_club_management.set_club_vip, __name__)
        unset_club_vip: _UnsetClubVip = async_function(_club_management.unset_club_vip, __name__)
        delete_club: _DeleteClub = async_function(_club_management.delete_club, __name__)
        delete_club_member: _DeleteClubMember = async_function(
            _club_management.delete_club_member, __name__
        )
        create_club_campaign: _CreateClubCampaign = async_function(
            _club_management.create_club_campaign, __name__
        )
        create_club_folder: _CreateClubFolder = async_function(
            _club_management.create_club_folder, __name__
        )
        create_club_map_review: _CreateClubMapReview = async_function(
            _club_management.create_club_map_review, __name__
        )
        create_club_news: _CreateClubNews = async_function(
            _club_management.create_club_news, __name__
        )
        create_club_ranking: _CreateClubRanking = async_function(
            _club_management.create_club_ranking, __name__
        )
        create_club_room: _CreateClubRoom = async_function(
            _club_management.create_club_room, __name__
        )
        create_club_upload: _CreateClubUpload = async_function(
            _club_management.create_club_upload, __name__
        )
        edit_club_activity: _EditClubActivity = async_function(
            _club_management.edit_club_activity, __name__
        )
        edit_club_campaign: _EditClubCampaign = async_function(
            _club_management.edit_club_campaign, __name__
        )
        edit_club_map_review: _EditClubMapReview = async_function(
            _club_management.edit_club_map_review, __name__
        )
        edit_club_news: _EditClubNews = async_function(_club_management.edit_club_news, __name__)
        edit_club_room: _EditClubRoom = async_function(_club_management.edit_club_room, __name__)
        create_club_room_from_server: _CreateClubRoomFromServer = async_function(
            _club_management.create_club_room_from_server, __name__
        )
        edit_club_room_from_server: _EditClubRoomFromServer = async_function(
            _club_management.edit_club_room_from_server, __name__
        )
        delete_club_activity: _DeleteClubActivity = async_function(
            _club_management.delete_club_activity, __name__
        )
        add_club_upload_items: _AddClubUploadItems = async_function(
            _club_management.add_club_upload_items, __name__
        )
        remove_club_upload_items: _RemoveClubUploadItems = async_function(
            _club_management.remove_club_upload_items, __name__
        )
        get_club_campaign: _GetClubCampaign = async_function(_clubs.get_club_campaign, __name__)
        get_club: _GetClub = async_function(_clubs.get_club, __name__)
        get_clubs: _GetClubs = async_function(_clubs.get_clubs, __name__)
        get_my_clubs: _GetMyClubs = async_function(_clubs.get_my_clubs, __name__)
        get_club_competitions: _GetClubCompetitions = async_function(
            _clubs.get_club_competitions, __name__
        )
        get_club_player_info: _GetClubPlayerInfo = async_function(
            _clubs.get_club_player_info, __name__
        )
        pin_club: _PinClub = async_function(_clubs.pin_club, __name__)
        use_club_tag: _UseClubTag = async_function(_clubs.use_club_tag, __name__)
        get_club_members: _GetClubMembers = async_function(_clubs.get_club_members, __name__)
        get_club_member: _GetClubMember = async_function(_clubs.get_club_member, __name__)
        get_club_member_by_name: _GetClubMemberByName = async_function(
            _clubs.get_club_member_by_name, __name__
        )
        join_club: _JoinClub = async_function(_clubs.join_club, __name__)
        get_club_activities: _GetClubActivities = async_function(
            _clubs.get_club_activities, __name__
        )
        get_club_campaigns: _GetClubCampaigns = async_function(_clubs.get_club_campaigns, __name__)
        get_club_campaigns_by_club: _GetClubCampaignsByClub = async_function(
            _clubs.get_club_campaigns_by_club, __name__
        )
        get_club_rooms: _GetClubRooms = async_function(_clubs.get_club_rooms, __name__)
        get_club_map_reviews: _GetClubMapReviews = async_function(
            _clubs.get_club_map_reviews, __name__
        )
        get_club_uploads: _GetClubUploads = async_function(_clubs.get_club_uploads, __name__)
        get_club_upload: _GetClubUpload = async_function(_clubs.get_club_upload, __name__)
        get_club_news: _GetClubNews = async_function(_clubs.get_club_news, __name__)
        get_club_map_review: _GetClubMapReview = async_function(
            _clubs.get_club_map_review, __name__
        )
        get_club_room: _GetClubRoom = async_function(_clubs.get_club_room, __name__)
        get_club_room_join_link: _GetClubRoomJoinLink = async_function(
            _clubs.get_club_room_join_link, __name__
        )
        get_club_room_password: _GetClubRoomPassword = async_function(
            _clubs.get_club_room_password, __name__
        )
        delete: _Delete = async_function(_generic.delete, __name__)
        get: _Get = async_function(_generic.get, __name__)
        head: _Head = async_function(_generic.head, __name__)
        options: _Options = async_function(_generic.options, __name__)
        patch: _Patch = async_function(_generic.patch, __name__)
        post: _Post = async_function(_generic.post, __name__)
        put: _Put = async_function(_generic.put, __name__)
        get_map_leaderboard: _GetMapLeaderboard = async_function(
            _leaderboards.get_map_leaderboard, __name__
        )
        get_player_club_record: _GetPlayerClubRecord = async_function(
            _leaderboards.get_player_club_record, __name__
        )
        get_campaign_club_ranking: _GetCampaignClubRanking = async_function(
            _leaderboards.get_campaign_club_ranking, __name__
        )
        get_campaign_club_leaderboard: _GetCampaignClubLeaderboard = async_function(
            _leaderboards.get_campaign_club_leaderboard, __name__
        )
        get_campaign_ranking: _GetCampaignRanking = async_function(
            _leaderboards.get_campaign_ranking, __name__
        )
        get_campaign_leaderboard: _GetCampaignLeaderboard = async_function(
            _leaderboards.get_campaign_leaderboard, __name__
        )
        get_map_medal_records: _GetMapMedalRecords = async_function(
            _leaderboards.get_map_medal_records, __name__
        )
        get_player_records: _GetPlayerRecords = async_function(
            _leaderboards.get_player_records, __name__
        )
        get_record_positions: _GetRecordPositions = async_function(
            _leaderboards.get_record_positions, __name__
        )
        get_surrounding_records: _GetSurroundingRecords = async_function(
            _leaderboards.get_surrounding_records, __name__
        )
        get_club_map_leaderboard: _GetClubMapLeaderboard = async_function(
            _leaderboards.get_club_map_leaderboard, __name__
        )
        get_my_trophy_ranking: _GetMyTrophyRanking = async_function(
            _leaderboards.get_my_trophy_ranking, __name__
        )
        get_trophy_rankings: _GetTrophyRankings = async_function(
            _leaderboards.get_trophy_rankings, __name__
        )
        get_active_maniapubs: _GetActiveManiapubs = async_function(
            _maniapubs.get_active_maniapubs, __name__
        )
        get_map_review_connect: _GetMapReviewConnect = async_function(
            _map_review.get_map_review_connect, __name__
        )
        get_map_review_submitted: _GetMapReviewSubmitted = async_function(
            _map_review.get_map_review_submitted, __name__
        )
        get_map_review_waiting_time: _GetMapReviewWaitingTime = async_function(
            _map_review.get_map_review_waiting_time, __name__
        )
        get_club_map_review_submitted: _GetClubMapReviewSubmitted = async_function(
            _map_review.get_club_map_review_submitted, __name__
        )
        get_club_map_review_submissions: _GetClubMapReviewSubmissions = async_function(
            _map_review.get_club_map_review_submissions, __name__
        )
        add_favorite_map: _AddFavoriteMap = async_function(_maps.add_favorite_map, __name__)
        remove_favorite_map: _RemoveFavoriteMap = async_function(
            _maps.remove_favorite_map, __name__
        )
        get_favorite_maps: _GetFavoriteMaps = async_function(_maps.get_favorite_maps, __name__)
        get_maps_info: _GetMapsInfo = async_function(_maps.get_maps_info, __name__)
        get_map_info: _GetMapInfo = async_function(_maps.get_map_info, __name__)
        get_uploaded_maps: _GetUploadedMaps = async_function(_maps.get_uploaded_maps, __name__)
        iter_maps_totd: _IterMapsTotd = async_iterator(_campaigns.iter_maps_totd, __name__)
        iter_maps_seasonal: _IterMapsSeasonal = async_iterator(
            _campaigns.iter_maps_seasonal, __name__
        )
        iter_maps_weekly_short: _IterMapsWeeklyShort = async_iterator(
            _campaigns.iter_maps_weekly_short, __name__
        )
        iter_maps_weekly_grand: _IterMapsWeeklyGrand = async_iterator(
            _campaigns.iter_maps_weekly_grand, __name__
        )
        iter_maps_royal: _IterMapsRoyal = async_iterator(_campaigns.iter_maps_royal, __name__)
        iter_maps_seasonal_v1: _IterMapsSeasonalV1 = async_iterator(
            _campaigns.iter_maps_seasonal_v1, __name__
        )
        iter_maps_cup_of_the_week: _IterMapsCupOfTheWeek = async_iterator(
            _campaigns.iter_maps_cup_of_the_week, __name__
        )
        iter_club_member_requests: _IterClubMemberRequests = async_iterator(
            _club_management.iter_club_member_requests, __name__
        )
        iter_clubs: _IterClubs = async_iterator(_clubs.iter_clubs, __name__)
        iter_my_clubs: _IterMyClubs = async_iterator(_clubs.iter_my_clubs, __name__)
        iter_club_competitions: _IterClubCompetitions = async_iterator(
            _clubs.iter_club_competitions, __name__
        )
        iter_club_members: _IterClubMembers = async_iterator(_clubs.iter_club_members, __name__)
        iter_club_activities: _IterClubActivities = async_iterator(
            _clubs.iter_club_activities, __name__
        )
        iter_club_campaigns: _IterClubCampaigns = async_iterator(
            _clubs.iter_club_campaigns, __name__
        )
        iter_club_campaigns_by_club: _IterClubCampaignsByClub = async_iterator(
            _clubs.iter_club_campaigns_by_club, __name__
        )
        iter_club_rooms: _IterClubRooms = async_iterator(_clubs.iter_club_rooms, __name__)
        iter_club_map_reviews: _IterClubMapReviews = async_iterator(
            _clubs.iter_club_map_reviews, __name__
        )
        iter_club_uploads: _IterClubUploads = async_iterator(_clubs.iter_club_uploads, __name__)
        iter_club_upload: _IterClubUpload = async_iterator(_clubs.iter_club_upload, __name__)
        iter_map_leaderboard: _IterMapLeaderboard = async_iterator(
            _leaderboards.iter_map_leaderboard, __name__
        )
        iter_campaign_leaderboard: _IterCampaignLeaderboard = async_iterator(
            _leaderboards.iter_campaign_leaderboard, __name__
        )
        iter_campaign_club_leaderboard: _IterCampaignClubLeaderboard = async_iterator(
            _leaderboards.iter_campaign_club_leaderboard, __name__
        )
        iter_club_map_leaderboard: _IterClubMapLeaderboard = async_iterator(
            _leaderboards.iter_club_map_leaderboard, __name__
        )
        iter_map_review_submitted: _IterMapReviewSubmitted = async_iterator(
            _map_review.iter_map_review_submitted, __name__
        )
        iter_club_map_review_submitted: _IterClubMapReviewSubmitted = async_iterator(
            _map_review.iter_club_map_review_submitted, __name__
        )
        iter_club_map_review_submissions: _IterClubMapReviewSubmissions = async_iterator(
            _map_review.iter_club_map_review_submissions, __name__
        )
        iter_favorite_maps: _IterFavoriteMaps = async_iterator(_maps.iter_favorite_maps, __name__)
        iter_uploaded_maps: _IterUploadedMaps = async_iterator(_maps.iter_uploaded_maps, __name__)

else:
    # Each function is made the first time it is asked for, its declarations imported
    # then: importing this module costs next to nothing.
    __getattr__, __dir__ = made_on_first_use(
        __name__, "nadeo_api.endpoints.live", {
            "get_server_accounts": "accounts",
            "get_maps_royal": "campaigns",
            "get_maps_seasonal": "campaigns",
            "get_maps_totd": "campaigns",
            "get_maps_weekly_grand": "campaigns",
            "get_maps_weekly_short": "campaigns",
            "get_maps_seasonal_v1": "campaigns",
            "get_maps_cup_of_the_week": "campaigns",
            "get_map_campaign_info": "campaigns",
            "create_club": "club_management",
            "edit_club": "club_management",
            "get_club_member_requests": "club_management",
            "edit_club_member": "club_management",
            "set_club_vip": "club_management",
            "unset_club_vip": "club_management",
            "delete_club": "club_management",
            "delete_club_member": "club_management",
            "create_club_campaign": "club_management",
            "create_club_folder": "club_management",
            "create_club_map_review": "club_management",
            "create_club_news": "club_management",
            "create_club_ranking": "club_management",
            "create_club_room": "club_management",
            "create_club_upload": "club_management",
            "edit_club_activity": "club_management",
            "edit_club_campaign": "club_management",
            "edit_club_map_review": "club_management",
            "edit_club_news": "club_management",
            "edit_club_room": "club_management",
            "create_club_room_from_server": "club_management",
            "edit_club_room_from_server": "club_management",
            "delete_club_activity": "club_management",
            "add_club_upload_items": "club_management",
            "remove_club_upload_items": "club_management",
            "get_club_campaign": "clubs",
            "get_club": "clubs",
            "get_clubs": "clubs",
            "get_my_clubs": "clubs",
            "get_club_competitions": "clubs",
            "get_club_player_info": "clubs",
            "pin_club": "clubs",
            "use_club_tag": "clubs",
            "get_club_members": "clubs",
            "get_club_member": "clubs",
            "get_club_member_by_name": "clubs",
            "join_club": "clubs",
            "get_club_activities": "clubs",
            "get_club_campaigns": "clubs",
            "get_club_campaigns_by_club": "clubs",
            "get_club_rooms": "clubs",
            "get_club_map_reviews": "clubs",
            "get_club_uploads": "clubs",
            "get_club_upload": "clubs",
            "get_club_news": "clubs",
            "get_club_map_review": "clubs",
            "get_club_room": "clubs",
            "get_club_room_join_link": "clubs",
            "get_club_room_password": "clubs",
            "delete": "generic",
            "get": "generic",
            "head": "generic",
            "options": "generic",
            "patch": "generic",
            "post": "generic",
            "put": "generic",
            "get_map_leaderboard": "leaderboards",
            "get_player_club_record": "leaderboards",
            "get_campaign_club_ranking": "leaderboards",
            "get_campaign_club_leaderboard": "leaderboards",
            "get_campaign_ranking": "leaderboards",
            "get_campaign_leaderboard": "leaderboards",
            "get_map_medal_records": "leaderboards",
            "get_player_records": "leaderboards",
            "get_record_positions": "leaderboards",
            "get_surrounding_records": "leaderboards",
            "get_club_map_leaderboard": "leaderboards",
            "get_my_trophy_ranking": "leaderboards",
            "get_trophy_rankings": "leaderboards",
            "get_active_maniapubs": "maniapubs",
            "get_map_review_connect": "map_review",
            "get_map_review_submitted": "map_review",
            "get_map_review_waiting_time": "map_review",
            "get_club_map_review_submitted": "map_review",
            "get_club_map_review_submissions": "map_review",
            "add_favorite_map": "maps",
            "remove_favorite_map": "maps",
            "get_favorite_maps": "maps",
            "get_maps_info": "maps",
            "get_map_info": "maps",
            "get_uploaded_maps": "maps",
            "iter_maps_totd": "campaigns",
            "iter_maps_seasonal": "campaigns",
            "iter_maps_weekly_short": "campaigns",
            "iter_maps_weekly_grand": "campaigns",
            "iter_maps_royal": "campaigns",
            "iter_maps_seasonal_v1": "campaigns",
            "iter_maps_cup_of_the_week": "campaigns",
            "iter_club_member_requests": "club_management",
            "iter_clubs": "clubs",
            "iter_my_clubs": "clubs",
            "iter_club_competitions": "clubs",
            "iter_club_members": "clubs",
            "iter_club_activities": "clubs",
            "iter_club_campaigns": "clubs",
            "iter_club_campaigns_by_club": "clubs",
            "iter_club_rooms": "clubs",
            "iter_club_map_reviews": "clubs",
            "iter_club_uploads": "clubs",
            "iter_club_upload": "clubs",
            "iter_map_leaderboard": "leaderboards",
            "iter_campaign_leaderboard": "leaderboards",
            "iter_campaign_club_leaderboard": "leaderboards",
            "iter_club_map_leaderboard": "leaderboards",
            "iter_map_review_submitted": "map_review",
            "iter_club_map_review_submitted": "map_review",
            "iter_club_map_review_submissions": "map_review",
            "iter_favorite_maps": "maps",
            "iter_uploaded_maps": "maps",
        }, asynchronous=True,
    )
