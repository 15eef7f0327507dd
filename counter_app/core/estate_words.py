"""The estate's word lists: what a unit is, whether it is lived in, and who a person is there.
Stored as these words, read by billing (who is billed), the imports (what a sheet may say) and the
screens (what to offer)."""
from __future__ import annotations

RESIDENTIAL, SHOP, GARAGE, OFFICE = "住宅", "商铺", "车库", "办公"
UNIT_TYPES = (RESIDENTIAL, SHOP, GARAGE, OFFICE)          # the first is a new unit's
OCCUPIED, VACANT, RENOVATING = "已入住", "空置", "装修中"
OCCUPANCY = (OCCUPIED, VACANT, RENOVATING)               # the first is a new unit's
ENDED = "已停用"          # a unit no longer billed (merged, taken back): its history stays, never deleted
OWNER, TENANT = "业主", "住户"
OCCUPANT_ROLES = (OWNER, TENANT)                         # the first is a new person's
