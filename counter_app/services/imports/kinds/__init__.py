"""The kinds of table an office brings in, one module each; KINDS names them for the CLI and the
window, in the order they build on each other (units before the people living in them)."""
from __future__ import annotations

from .arrears import Arrears
from .deposits import Deposits
from .occupants import Occupants
from .parking import Parking
from .prepaid import Prepaid
from .readings import Readings
from .units import Units

KINDS = {kind.name: kind for kind in (Units(), Occupants(), Parking(), Readings(), Arrears(), Prepaid(), Deposits())}
