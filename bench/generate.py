"""Generate a realistic synthetic knowledge base in kbgen's article format, for benchmarks.

Deterministic: the same --seed (and --as-of date) always gives byte-identical files. No
network, no external data: every text is assembled from the phrase banks below.

Example:
    python bench/generate.py /tmp/kb-10k --articles 10000 --seed 1
    kbgen check -f /tmp/kb-10k/mkdocs.yml && kbgen build -f /tmp/kb-10k/mkdocs.yml
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import shutil
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from random import Random
from typing import Any

import yaml

from kbgen.core.build_day import build_day

REPO = Path(__file__).resolve().parent.parent
"""The kbgen repository this script belongs to (its mkdocs.yml, hooks, theme and content)."""

# --------------------------------------------------------------------------------------------
# Phrase banks. Placeholders: {s} subject (a device, plan or feature), {err} the error shown,
# {t} the trigger ("after a power cut"), {n} seconds or sizes, {m} minutes, {h} hours, {d} a
# small count (3-7: days, attempts, metres), {v} a version.
# --------------------------------------------------------------------------------------------

DEVICES = ["Thermostat 2", "Thermostat Mini", "Hub", "Room Sensor", "Smart Radiator Valve",
           "Hot Water Controller", "Boiler Bridge", "Outdoor Sensor", "Range Extender",
           "Smart Plug", "Heat Pump Gateway", "Underfloor Heating Controller"]
BATTERY_DEVICES = ["Thermostat Mini", "Room Sensor", "Smart Radiator Valve", "Outdoor Sensor",
                   "Door Sensor", "Window Sensor", "Leak Detector", "Motion Sensor"]
APPS = ["Hearthly app for iOS", "Hearthly app for Android", "web dashboard",
        "Hearthly for Windows", "Hearthly for Mac", "Apple Watch app", "Wear OS app"]
PLATFORMS = ["Hearthly app 5.x for iOS", "Hearthly app 5.x for Android",
             "Hearthly web dashboard", "Hearthly for Windows 3.x", "Hearthly for Mac 2.x"]

DEVICE_TRIGGERS = ["after a power cut", "after a firmware update", "after changing your router",
                   "in cold weather", "after a factory reset", "after replacing the batteries",
                   "on a mesh Wi-Fi network", "after a storm", "when away mode is on", "at night"]
"""Triggers that only make sense for a device; categories with "devices": True use them."""
ANY_TRIGGERS = ["after moving house", "after a password change", "since the clocks changed",
                "on iOS 18", "on Android 15", "after adding a second home", "after the app update",
                "with a VPN turned on", "every few days", "for one household member only",
                "since last week", "on a new phone", "after switching energy supplier"]
"""Triggers for any category."""

# Each category: folder, title, description, icon, weight, subjects, problems, triggers.
# A problem is (title phrase, error word, cause kind, tags, customer symptom phrases).
CATEGORIES: list[dict[str, Any]] = [
    {"slug": "getting-started", "devices": True, "title": "Setup and installation",
     "description": "Unboxing, wiring and first start of your devices.",
     "icon": "material/package-variant", "weight": 8, "subjects": DEVICES[:10],
     "triggers": ["during setup", "on a new install", "when adding it to a second home",
                  "with an older boiler", "in a rented flat", "after unboxing"],
     "problems": [
         ("won't finish setup", "SETUP", "pairing", ["installation", "setup"],
          ["setup never finishes on my {sl}", "app stuck on the last setup step",
           "{sl} setup keeps starting over"]),
         ("is not found when pairing", "PAIR", "pairing", ["installation", "pairing"],
          ["app can't find my {sl}", "pairing times out every time", "no devices found"]),
         ("rejects the setup code", "CODE", "setup_code", ["installation", "setup"],
          ["setup code is invalid", "qr code won't scan", "typed the code and it says wrong"]),
         ("restarts during installation", "POWER", "power", ["installation", "wiring"],
          ["{sl} keeps rebooting while i install it", "screen goes dim then restarts",
           "it switches off halfway through setup"]),
         ("asks for a heating system you don't have", "CONFIG", "wiring",
          ["installation", "wiring"],
          ["don't know which heating type to choose", "radiators cold after setup",
           "boiler doesn't fire after install"]),
     ]},
    {"slug": "wifi-connectivity", "devices": True, "title": "Wi-Fi and connectivity",
     "description": "When a device goes offline or will not join your network.",
     "icon": "material/wifi", "weight": 10, "subjects": DEVICES,
     "triggers": ["after a router change", "on a 5 GHz-only network", "after an internet outage",
                  "behind a strict firewall", "on a guest network", "with a new broadband provider",
                  "after the router restarts"],
     "problems": [
         ("shows Offline", "WIFI", "network", ["wifi", "offline"],
          ["app says my {sl} is offline", "{sl} offline in the app", "it was online yesterday"]),
         ("won't join the Wi-Fi network", "JOIN", "network", ["wifi", "router"],
          ["my wifi doesn't show in the list", "wrong password error but it's right",
           "{sl} won't connect to wifi"]),
         ("drops off the network overnight", "NET", "network", ["wifi", "offline", "router"],
          ["offline every night", "disconnects around midnight", "fine in the morning again"]),
         ("can't reach Hearthly servers", "CLOUD", "cloud", ["offline", "router"],
          ["full wifi but no connection to server", "cloud icon crossed out",
           "started after i set up a dns filter"]),
         ("keeps reconnecting", "LINK", "radio", ["wifi", "offline"],
          ["wifi icon keeps flashing", "goes offline for a minute then back",
           "connection keeps dropping"]),
     ]},
    {"slug": "app-account", "title": "App and account",
     "description": "Signing in, passwords, two-factor authentication and the apps.",
     "icon": "material/account-circle", "weight": 9, "subjects": APPS,
     "triggers": ["after changing your email", "on a new phone", "after restoring a backup",
                  "with a work phone", "after reinstalling", "on a shared tablet"],
     "problems": [
         ("keeps signing you out", "SESSION", "session", ["sign-in", "account"],
          ["app logs me out every day", "session expired again", "have to log in every time"]),
         ("rejects your password", "AUTH", "auth", ["sign-in", "password"],
          ["can't log in with my password", "password reset email never comes",
           "says wrong password but it's right"]),
         ("doesn't send the sign-in code", "MFA", "two_factor", ["two-factor", "sign-in"],
          ["never get the 2fa code", "text with the code doesn't arrive",
           "verification code not coming"]),
         ("shows a blank screen", "UI", "app_cache", ["app", "display"],
          ["app opens to a white screen", "nothing loads in the app", "blank page after login"]),
         ("crashes when it starts", "CRASH", "app_cache", ["app", "crash"],
          ["app closes as soon as i open it", "app crashes on launch", "keeps quitting"]),
         ("won't load your home", "HOME", "household", ["account", "household"],
          ["my home has disappeared", "no devices in the app", "home list is empty"]),
     ]},
    {"slug": "heating-schedules", "title": "Heating and schedules",
     "description": "Temperatures, schedules, away mode and comfort settings.",
     "icon": "material/thermometer", "weight": 9,
     "subjects": ["Heating schedule", "Away mode", "Holiday mode", "Boost", "Smart Preheat",
                  "Eco mode", "Frost protection", "Manual hold", "Comfort temperature"],
     "triggers": ["on weekends", "on the first cold day", "when everyone leaves",
                  "after editing on the web", "with two thermostats", "in the morning"],
     "problems": [
         ("doesn't turn on", "SCHED", "schedule", ["schedule", "temperature"],
          ["heating didn't come on this morning", "house cold when i got up",
           "schedule ignored"]),
         ("reverts to the old settings", "REVERT", "schedule", ["schedule"],
          ["my changes keep going back", "schedule undoes itself", "edits vanish"]),
         ("runs at the wrong time", "TIME", "timezone", ["schedule", "time-zone"],
          ["heating comes on an hour early", "schedule is an hour off", "wrong time on screen"]),
         ("overshoots the target temperature", "TEMP", "calibration", ["temperature"],
          ["set it to 20 and it goes to 22", "room far too warm", "keeps heating past target"]),
         ("switches off too early", "EARLY", "calibration", ["temperature", "schedule"],
          ["heating stops before it's warm", "turns off after ten minutes",
           "never reaches the set temperature"]),
     ]},
    {"slug": "hardware", "devices": True, "title": "Device and hardware",
     "description": "Displays, buttons, noises, lights and physical faults.",
     "icon": "material/thermostat", "weight": 7, "subjects": DEVICES,
     "triggers": ["after being knocked", "in direct sunlight", "in a steamy bathroom",
                  "after redecorating", "after two years of use"],
     "problems": [
         ("has a blank display", "DISPLAY", "hardware", ["display"],
          ["screen is completely black", "display went blank", "nothing shows on the screen"]),
         ("makes a clicking noise", "RELAY", "hardware", ["noise", "wiring"],
          ["clicking every few minutes", "loud click at night", "relay keeps clicking"]),
         ("buttons don't respond", "INPUT", "hardware", ["display", "hardware"],
          ["dial does nothing", "touch buttons don't work", "pressing it has no effect"]),
         ("light blinks orange", "LED", "hardware", ["hardware", "lights"],
          ["orange light flashing", "what does the blinking light mean",
           "led won't stop blinking"]),
         ("feels warm to the touch", "HEAT", "hardware", ["hardware", "safety"],
          ["back plate is hot", "device gets warm", "is it normal for it to be warm"]),
     ]},
    {"slug": "billing", "title": "Billing and subscription",
     "description": "Hearthly Plus plans, payments, invoices and refunds.",
     "icon": "material/credit-card-outline", "weight": 7,
     "subjects": ["Hearthly Plus monthly", "Hearthly Plus annual", "Family plan",
                  "Energy Insights add-on", "Gift subscription", "Student discount"],
     "triggers": ["after a payment retry", "after changing bank", "in the App Store",
                  "on Google Play", "after a price change", "at renewal"],
     "problems": [
         ("payment is declined", "PAY", "payment", ["billing", "payment"],
          ["my card keeps getting declined", "payment failed", "bank says it's fine"]),
         ("charged twice", "CHARGE", "payment", ["billing", "refund"],
          ["double charge on my statement", "money taken twice", "two payments this month"]),
         ("invoice is missing", "INVOICE", "subscription", ["billing", "invoice"],
          ["can't find my invoice", "no receipt for the payment", "need an invoice for work"]),
         ("discount code doesn't apply", "PROMO", "subscription", ["billing", "subscription"],
          ["promo code not working", "voucher says invalid", "discount not taken off"]),
         ("refund hasn't arrived", "REFUND", "payment", ["refund", "billing"],
          ["still waiting for my money back", "refund not on my card", "where is my refund"]),
         ("shows as expired", "PLAN", "subscription", ["subscription"],
          ["plus features locked", "says my plan expired but i paid",
           "upgrade banner after paying"]),
     ]},
    {"slug": "integrations", "title": "Smart home integrations",
     "description": "Alexa, Google Home, Apple Home, Home Assistant, IFTTT and more.",
     "icon": "material/home-automation", "weight": 7,
     "subjects": ["Alexa skill", "Google Home", "Apple Home", "Home Assistant integration",
                  "IFTTT applet", "SmartThings", "Matter bridge", "Energy tariff link"],
     "triggers": ["after a password change", "after renaming a room", "after re-linking",
                  "with two homes", "after the assistant update"],
     "problems": [
         ("stops responding", "VOICE", "integration", ["integrations", "offline"],
          ["alexa says device unresponsive", "assistant can't control the heating",
           "voice commands do nothing"]),
         ("can't find the thermostat", "DISCOVER", "integration", ["integrations"],
          ["no devices after linking", "thermostat missing in the assistant",
           "linked but nothing shows"]),
         ("fails with 401 Unauthorized", "TOKEN", "token", ["integrations", "account"],
          ["401 unauthorized", "entities unavailable", "says i need to reconnect"]),
         ("sets the wrong temperature", "UNIT", "units", ["integrations", "temperature"],
          ["asked for 21 and it went to 30", "fahrenheit instead of celsius",
           "wrong temperature from voice"]),
         ("loses the link every week", "RELINK", "token", ["integrations", "account"],
          ["have to relink all the time", "integration disconnects itself",
           "link keeps expiring"]),
     ]},
    {"slug": "firmware-updates", "devices": True, "title": "Firmware updates",
     "description": "Installing updates, failed updates and what changed.",
     "icon": "material/update", "weight": 5, "subjects": DEVICES,
     "triggers": ["overnight", "on a weak connection", "with low batteries",
                  "after a beta update", "right after setup"],
     "problems": [
         ("update fails", "FW", "firmware", ["firmware"],
          ["update keeps failing", "firmware update error", "says update failed try again"]),
         ("is stuck on an old version", "FWVER", "firmware", ["firmware"],
          ["won't update to the latest version", "still on old firmware",
           "no update offered"]),
         ("restarts after the update", "BOOT", "firmware", ["firmware", "hardware"],
          ["keeps rebooting since the update", "boot loop", "restarts every hour"]),
         ("loses its settings after updating", "RESTORE", "firmware", ["firmware", "schedule"],
          ["schedule gone after update", "settings reset themselves", "lost my setup"]),
         ("update is stuck at 0 percent", "FWDL", "firmware", ["firmware", "wifi"],
          ["update progress doesn't move", "download stuck", "updating forever"]),
     ]},
    {"slug": "batteries-power", "devices": True, "title": "Batteries and power",
     "description": "Battery life, power adapters, C-wires and power cuts.",
     "icon": "material/battery", "weight": 5, "subjects": BATTERY_DEVICES,
     "triggers": ["in winter", "with rechargeable batteries", "after a power cut",
                  "in an unheated room", "after moving it upstairs"],
     "problems": [
         ("batteries drain fast", "BATT", "battery", ["battery"],
          ["changing batteries every month", "battery dead after a few weeks",
           "batteries don't last"]),
         ("shows low battery with new batteries", "LOWBAT", "battery", ["battery"],
          ["low battery warning with fresh batteries", "battery icon empty", "new cells no help"]),
         ("won't power on", "PWR", "power", ["battery", "hardware"],
          ["nothing happens when i put batteries in", "totally dead", "won't switch on"]),
         ("turns off in cold weather", "COLD", "battery", ["battery", "sensor"],
          ["dies when it's freezing", "goes off in the garage", "cold makes it stop"]),
     ]},
    {"slug": "sensors", "devices": True, "title": "Sensors",
     "description": "Room, outdoor, door, window, motion and leak sensors.",
     "icon": "material/motion-sensor", "weight": 6,
     "subjects": ["Room Sensor", "Outdoor Sensor", "Humidity Sensor", "Motion Sensor",
                  "Door Sensor", "Window Sensor", "Leak Detector"],
     "triggers": ["in a conservatory", "behind a radiator cover", "in an old stone house",
                  "in the loft", "after moving furniture"],
     "problems": [
         ("reads the wrong temperature", "READ", "calibration", ["sensor", "temperature"],
          ["sensor says 24 but it's cold", "reading 2 degrees off", "thermometer disagrees"]),
         ("shows No signal", "SIGNAL", "radio", ["sensor", "offline"],
          ["sensor keeps saying no signal", "sensor offline", "reading is hours old"]),
         ("reports the wrong humidity", "HUMID", "calibration", ["sensor", "humidity"],
          ["humidity always 99 percent", "damp warning for no reason",
           "humidity reading stuck"]),
         ("triggers false alerts", "FALSE", "sensor_alerts", ["sensor", "notifications"],
          ["alerts when nothing happened", "door open alert but it's shut", "random alarms"]),
     ]},
    {"slug": "radiator-valves", "devices": True, "title": "Smart radiator valves",
     "description": "Fitting, calibrating and controlling radiator valves.",
     "icon": "material/radiator", "weight": 5,
     "subjects": ["Smart Radiator Valve", "Valve adapter", "Bathroom valve", "Valve group"],
     "triggers": ["after bleeding the radiators", "on an old radiator", "after the summer",
                  "in the bedroom", "after fitting an adapter"],
     "problems": [
         ("won't calibrate", "CAL", "valve", ["radiator-valve", "installation"],
          ["calibration keeps failing", "valve says adapt error", "stuck calibrating"]),
         ("leaves the radiator cold", "VALVE", "valve", ["radiator-valve", "temperature"],
          ["radiator stays cold", "valve doesn't open", "one room never warms up"]),
         ("leaves the radiator hot", "SHUT", "valve", ["radiator-valve", "temperature"],
          ["radiator hot all the time", "valve won't close", "room too hot"]),
         ("makes a grinding noise", "MOTOR", "hardware", ["radiator-valve", "noise"],
          ["valve grinding at night", "motor noise", "buzzing radiator valve"]),
     ]},
    {"slug": "hot-water", "devices": True, "title": "Hot water",
     "description": "Hot water schedules, cylinders and boosts.",
     "icon": "material/water-boiler", "weight": 4,
     "subjects": ["Hot Water Controller", "Cylinder sensor", "Hot water boost",
                  "Hot water schedule", "Immersion heater control"],
     "triggers": ["on weekdays", "after a holiday", "with a combi boiler", "in summer mode",
                  "after a boiler service"],
     "problems": [
         ("doesn't heat the water", "DHW", "schedule", ["hot-water"],
          ["no hot water in the morning", "tank stays cold", "shower cold"]),
         ("never reaches temperature", "TANK", "calibration", ["hot-water", "temperature"],
          ["cylinder stuck at 40", "water only lukewarm", "never gets to 60"]),
         ("boost ends early", "BOOST", "schedule", ["hot-water", "schedule"],
          ["boost stops after a few minutes", "boost turns itself off", "boost too short"]),
         ("runs all day", "DHWON", "schedule", ["hot-water", "energy"],
          ["hot water on all the time", "boiler never stops", "gas bill too high"]),
     ]},
    {"slug": "heat-pumps", "devices": True, "title": "Heat pumps",
     "description": "Heat pump gateways, weather compensation and hybrid systems.",
     "icon": "material/heat-pump", "weight": 4,
     "subjects": ["Heat Pump Gateway", "Weather compensation", "Defrost cycle",
                  "Hybrid boiler mode", "Heat pump schedule"],
     "triggers": ["below freezing", "after a tariff change", "at night", "in spring",
                  "after the installer visit"],
     "problems": [
         ("short cycles", "CYCLE", "heat_pump", ["heat-pump", "energy"],
          ["heat pump starts and stops", "compressor on and off", "short cycling"]),
         ("shows a communication error", "MODBUS", "heat_pump", ["heat-pump", "wiring"],
          ["gateway says no communication", "can't talk to the heat pump", "comms fault"]),
         ("uses more energy than expected", "COP", "heat_pump", ["heat-pump", "energy"],
          ["electricity bill doubled", "running costs too high", "heat pump always on"]),
         ("won't switch to heating", "MODE", "heat_pump", ["heat-pump", "schedule"],
          ["stuck in hot water mode", "no heating from heat pump", "radiators lukewarm"]),
     ]},
    {"slug": "energy-reports", "title": "Energy reports",
     "description": "Usage graphs, savings e-mails, tariffs and smart meters.",
     "icon": "material/leaf", "weight": 4,
     "subjects": ["Energy report", "Monthly savings e-mail", "Usage graph", "Tariff settings",
                  "Carbon report", "Smart meter link"],
     "triggers": ["for last month", "after switching supplier", "for a second home",
                  "after the clocks change", "on the web dashboard"],
     "problems": [
         ("shows no data", "DATA", "data_delay", ["energy", "reports"],
          ["energy graph is empty", "no usage data", "report says no data"]),
         ("shows the wrong costs", "COST", "tariff", ["energy", "billing"],
          ["costs don't match my bill", "wrong price per kwh", "savings look wrong"]),
         ("is missing days", "GAP", "data_delay", ["energy", "reports"],
          ["gaps in the graph", "some days missing", "usage missing for the weekend"]),
         ("won't download as CSV", "EXPORT", "app_cache", ["energy", "reports"],
          ["export button does nothing", "csv download fails", "can't export my data"]),
     ]},
    {"slug": "notifications", "title": "Notifications and alerts",
     "description": "Push notifications, e-mail alerts and who receives them.",
     "icon": "material/bell-ring", "weight": 4,
     "subjects": ["Push notification", "E-mail alert", "Frost alert", "Low battery alert",
                  "Window open alert", "Leak alert"],
     "triggers": ["on Android", "on iPhone", "in focus mode", "for shared homes",
                  "after a phone upgrade"],
     "problems": [
         ("stops arriving", "PUSH", "notifications", ["notifications"],
          ["no notifications any more", "alerts stopped", "not getting alerts"]),
         ("arrives hours late", "DELAY", "notifications", ["notifications"],
          ["alerts come late", "notification delayed", "got the alert the next morning"]),
         ("arrives twice", "DUP", "notifications", ["notifications"],
          ["every alert comes twice", "duplicate notifications", "double emails"]),
         ("can't be turned off", "MUTE", "notifications", ["notifications", "app"],
          ["can't stop the alerts", "switch is greyed out", "too many notifications"]),
     ]},
    {"slug": "household-sharing", "title": "Household and sharing",
     "description": "Invites, guests, owners and homes shared with others.",
     "icon": "material/account-group", "weight": 4,
     "subjects": ["Household invite", "Guest access", "Second home", "Home owner role",
                  "Shared schedule", "Tenant access"],
     "triggers": ["after a move", "for a lodger", "with a landlord account", "after a breakup",
                  "for a holiday let"],
     "problems": [
         ("link has expired", "INVITE", "household", ["household", "account"],
          ["invite link doesn't work", "invitation expired", "my partner can't join"]),
         ("doesn't show the devices", "MEMBER", "household", ["household"],
          ["joined but see no devices", "empty home after accepting", "member sees nothing"]),
         ("can't be transferred", "OWNER", "household", ["household", "account"],
          ["can't make someone else owner", "transfer button missing", "owner left"]),
         ("still works after removal", "REVOKE", "household", ["household", "security"],
          ["ex still controls the heating", "removed guest still has access",
           "old tenant can change temperature"]),
     ]},
    {"slug": "privacy-security", "title": "Privacy and security",
     "description": "Your data, location sharing, sign-in alerts and account deletion.",
     "icon": "material/shield-lock", "weight": 3,
     "subjects": ["Data export", "Location sharing", "Sign-in alert", "Connected services",
                  "Account deletion", "Security key"],
     "triggers": ["after a suspicious e-mail", "on a new laptop", "after a data request",
                  "on a public network", "after travelling abroad"],
     "problems": [
         ("never arrives", "GDPR", "privacy", ["privacy", "account"],
          ["data export email never came", "requested my data weeks ago",
           "download link missing"]),
         ("can't be turned off", "GEO", "privacy", ["privacy", "away-mode"],
          ["can't stop location tracking", "location always on", "don't want geofencing"]),
         ("warns about an unknown device", "ALERT", "auth", ["security", "sign-in"],
          ["sign in from a device i don't know", "suspicious login email",
           "someone logged in from abroad"]),
         ("request fails", "DEL", "privacy", ["privacy", "account"],
          ["can't delete my account", "deletion request error", "account still exists"]),
     ]},
    {"slug": "safety-alarms", "devices": True, "title": "Safety alarms",
     "description": "Smoke, carbon monoxide and leak alarms.",
     "icon": "material/smoke-detector", "weight": 3,
     "subjects": ["Smoke Alarm", "CO Alarm", "Leak Detector", "Siren", "Heat Alarm"],
     "triggers": ["at 3 am", "while cooking", "after decorating", "after a battery swap",
                  "during the monthly test"],
     "problems": [
         ("chirps every minute", "CHIRP", "battery", ["safety", "battery"],
          ["alarm keeps chirping", "beeping every minute", "chirp won't stop"]),
         ("gives a false alarm", "SMOKE", "sensor_alerts", ["safety", "notifications"],
          ["alarm went off for nothing", "false alarm at night", "siren for no reason"]),
         ("won't silence from the app", "HUSH", "integration", ["safety", "app"],
          ["can't hush the alarm", "silence button does nothing", "app can't stop the siren"]),
         ("fails the self test", "TEST", "hardware", ["safety", "hardware"],
          ["test button fails", "self test error", "red light after the test"]),
     ]},
    {"slug": "returns-warranty", "title": "Returns and warranty",
     "description": "Warranty claims, replacements, returns and repairs.",
     "icon": "material/package-variant-closed", "weight": 3,
     "subjects": ["Warranty claim", "Replacement device", "Return label", "Trade-in offer",
                  "Repair request"],
     "triggers": ["after 30 days", "for a gift", "bought from a retailer", "outside the UK",
                  "without a receipt"],
     "problems": [
         ("is rejected", "RMA", "warranty", ["warranty", "returns"],
          ["warranty claim refused", "claim denied", "they said no to my claim"]),
         ("hasn't arrived", "SHIP", "warranty", ["warranty", "delivery"],
          ["replacement never came", "still waiting for my new one", "no tracking number"]),
         ("can't be printed", "LABEL", "warranty", ["returns"],
          ["return label won't print", "label link broken", "no printer for the label"]),
         ("asks for a serial number you can't find", "SERIAL", "warranty",
          ["warranty", "returns"],
          ["where is the serial number", "serial not accepted", "can't find the code on it"]),
     ]},
    {"slug": "installers", "title": "For installers",
     "description": "The installer app, commissioning, handover and wiring references.",
     "icon": "material/tools", "weight": 3,
     "subjects": ["Installer app", "Commissioning report", "Customer handover",
                  "Installer account", "Wiring check"],
     "triggers": ["on site without signal", "for a landlord", "with an OpenTherm boiler",
                  "for a heat pump job", "after a rewire"],
     "problems": [
         ("won't load the job", "JOB", "app_cache", ["installer", "app"],
          ["job list empty", "can't open the job", "installer app spinning"]),
         ("fails validation", "VALID", "wiring", ["installer", "wiring"],
          ["commissioning fails", "validation error on report", "wiring check red"]),
         ("can't hand the device over", "HANDOVER", "household", ["installer", "account"],
          ["customer can't take ownership", "handover link fails",
           "device still on my account"]),
         ("is missing the boiler model", "BOILER", "wiring", ["installer", "wiring"],
          ["boiler not in the list", "can't find the model", "unknown boiler"]),
     ]},
]

# What an error looks like and why it happens, by cause. Each kind has short causes and fixes
# for summaries, cause sentences, resolution steps and workarounds.
CAUSES: dict[str, dict[str, list[str]]] = {
    "network": {
        "short": ["the {s} still uses the old Wi-Fi name or password",
                  "the router stopped giving the {s} an address",
                  "a router setting blocks the {s} from the internet"],
        "fix": ["reconnect it to your network from the app", "restart the router, then the device",
                "change the router setting and reconnect"],
        "cause": [
            "The {s} remembers the Wi-Fi name (SSID) and password it was set up with.",
            ("When the router changes, the device keeps trying the old details and reports an "
            "authentication error instead."),
            ("Many routers hand out addresses for {h} hours only, and a full address pool leaves "
            "small devices without one."),
            ("Some routers switch the 2.4 GHz band off on a timer or as part of parental controls, "
            "and the {s} only uses 2.4 GHz."),
            ("Mesh systems can move the device between access points so often that it never "
            "finishes connecting."),
            "Band steering can push the {s} towards a 5 GHz band it cannot use.",
        ],
        "steps": [
            "In the app, open **Settings > Device > Wi-Fi** and tap **Change network**.",
            ("Choose your network from the list and enter the password carefully; it is "
            "case-sensitive."),
            "Restart your router and wait {m} minutes before you try again.",
            ("In the router settings, check that the 2.4 GHz band is on and has its own name if "
            "the {s} cannot see the network."),
            "Turn off any Wi-Fi schedule or parental-control rule that includes the {s}.",
            ("Move the {s} closer to the router, or add a Range Extender, if the signal shows "
            "fewer than two bars."),
            "Check **Settings > Device > Network status**; it should say **Connected**.",
        ],
        "workaround": [
            ("Your schedule keeps running on the device while it is offline, so the heating still "
            "follows it; only changes from the app wait until it is back."),
            ("If you cannot change the router, create a 2.4 GHz guest network without a sign-in "
            "page and connect the device to it."),
        ],
    },
    "cloud": {
        "short": ["a DNS filter or firewall blocks the Hearthly service addresses",
                  "the device clock is wrong, so secure connections fail"],
        "fix": ["allow the Hearthly addresses and port 8883", "let the device sync its clock"],
        "cause": [
            "The {s} talks to the Hearthly service over a secure connection on port 8883.",
            ("Ad-blocking DNS servers and family-safe DNS profiles sometimes block the Hearthly "
            "service names by mistake."),
            ("Routers with a strict firewall profile may only allow web traffic on ports 80 and "
            "443."),
            ("A secure connection also needs the right time, and some filters block the time "
            "servers the device uses."),
            ("Business networks often inspect encrypted traffic, which the device refuses for "
            "safety."),
        ],
        "steps": [
            ("Open **Settings > Device > Network status** and note the message under "
            "**Service**."),
            ("In your DNS filter (for example Pi-hole or your router's family filter), allow "
            "`*.hearthly.example` and `time.hearthly.example`."),
            "Allow outgoing connections on port 8883 in the router's firewall.",
            "Restart the {s} by removing its power for {n} seconds.",
            "Wait {m} minutes; the cloud icon on the device turns solid when it is connected.",
        ],
        "workaround": [
            ("Turn the filter off for the device's address only, if your filter supports "
            "per-device rules."),
        ],
    },
    "pairing": {
        "short": ["the phone and the {s} are on different networks",
                  "the pairing window closed before the app started looking",
                  "the {s} is too far from the hub to pair"],
        "fix": ["put both on the same network and try again",
                "start the search in the app first, then power the device",
                "pair it close to the hub and move it afterwards"],
        "cause": [
            ("The app finds new devices over your local network, so the phone must be on the same "
            "network as the hub."),
            "A new {s} only advertises itself for {n} seconds after it first gets power.",
            "Guest networks and client isolation stop the phone from seeing the device at all.",
            ("The first exchange of keys is done at low power, so the {s} must be within about "
            "{d} metres of the hub."),
            ("Mobile data on the phone can take over when the Wi-Fi has no internet yet, and the "
            "search then runs on the wrong network."),
        ],
        "steps": [
            ("Turn off mobile data on your phone and join your main home Wi-Fi, not the guest "
            "network."),
            "In the app, tap **Add device** and choose the {s}, then tap **Start search**.",
            ("Now power the {s} (or pull its battery tab) so the pairing window opens while the "
            "app is listening."),
            "Keep the {s} within a few metres of the hub until the light turns **green**.",
            ("Allow **Local network** access when the app asks; on iOS check **Settings > Hearthly "
            "> Local Network**."),
            "Name the device, choose its room, and then move it to its final place.",
        ],
        "workaround": [
            "Turn off **AP isolation** in your router settings for the duration of setup.",
            "Pair the device in the same room as the hub, then move it once it shows as online.",
        ],
    },
    "setup_code": {
        "short": ["the code was typed with a letter O instead of a zero",
                  "the QR sticker is too glossy for the camera to read"],
        "fix": ["type the eight characters by hand", "scan the code on the card in the box"],
        "cause": [
            "Setup codes are eight characters long and never use the letters I and O.",
            ("The QR sticker sits on the back plate, where it is often in shadow and reflects the "
            "phone's flashlight."),
            "App versions before 5.{v} treated the code as case-sensitive.",
            "A code for a different device, for example from a second box, is always rejected.",
        ],
        "steps": [
            "Update the app to version 5.{v} or later.",
            ("Move to good daylight and hold the phone about {d} cm from the sticker, slightly "
            "tilted."),
            "If it still does not scan, tap **Enter code manually**.",
            ("Type the code exactly as printed: the digit **0**, not the letter O, and the digit "
            "**1**, not the letter I."),
            "Check that the serial number on the screen matches the sticker on the {s}.",
        ],
        "workaround": [
            ("The same code is printed on the card in the box and on the side of the packaging, "
            "which are flat and easier to scan."),
        ],
    },
    "power": {
        "short": ["the {s} does not get a steady supply", ("the power adapter is wired in 4W mode "
                  "on a two-wire system")],
        "fix": ["fit the included power adapter", "check the supply voltage in the app"],
        "cause": [
            "The {s} needs a constant 24 V supply; below 18 V it restarts to protect itself.",
            ("Many older installations only have two wires that switch the boiler, with no common "
            "wire for power."),
            ("A loose terminal at the back plate makes the supply drop whenever the relay "
            "switches."),
            "Power cuts can leave a fused spur tripped even after the rest of the house is back.",
        ],
        "steps": [
            "Switch off the power to the heating system at the fused spur.",
            "Check each wire at the back plate and tighten any loose terminal screw.",
            "Fit the Hearthly Power Adapter at the boiler as shown on the wiring card.",
            ("Restore power and open **Settings > Device > Power** in the app; **Supply** should "
            "say **Stable**."),
            "If it still restarts, take a photo of the wiring and send it to support.",
        ],
        "workaround": [
            ("The Thermostat Mini runs on batteries and needs no power wiring, so it can replace "
            "the {s} while you wait for an electrician."),
        ],
    },
    "wiring": {
        "short": ["the heating type chosen in the app does not match your wiring",
                  "the boiler model is set up with the wrong terminals"],
        "fix": ["choose the type that matches the wires", ("pick the right boiler and re-run the "
                                                          "relay test")],
        "cause": [
            ("The answer to **What kind of heating do you have?** decides which terminal the {s} "
            "switches."),
            ("A combi boiler is switched on **W1**, a heat pump expects **Y1**, and an OpenTherm "
            "boiler needs the **OT** terminals."),
            ("If the answer does not match the wiring, the device switches a terminal with nothing "
            "connected."),
            ("Boilers added to our list after version {v} of the app may be missing from older "
            "versions."),
        ],
        "steps": [
            "In the app, go to **Settings > Device > Heating system**.",
            ("Compare the list with the wires on the back plate: **W1** means on/off, **OT1** and "
            "**OT2** mean OpenTherm, **Y1** means heat pump."),
            "Choose the matching type and tap **Save**; the relay test takes about {n} seconds.",
            ("Raise the target temperature by 2 degrees and check that the boiler fires within "
            "{m} minutes."),
            "If your boiler is not listed, choose **Other on/off boiler** and send us the model.",
        ],
        "workaround": [
            ("Set the boiler's own thermostat dial to maximum so the {s} is the only control "
            "while you check the wiring."),
        ],
    },
    "session": {
        "short": ["battery optimisation stops the app from renewing its sign-in",
                  "too many phones are signed in to one account"],
        "fix": ["exclude the app from battery optimisation", "give each person their own account"],
        "cause": [
            "The {s} stays signed in with a token it renews in the background every {h} hours.",
            "Aggressive battery optimisation stops the app before it can renew the token.",
            "Cleaner and booster apps may delete the app's stored data.",
            "A phone clock set by hand to the wrong time makes the token look expired.",
            "Signing in on more than {d} devices at once ends the oldest sessions.",
        ],
        "steps": [
            "Update the {s} to version 5.{v} or later.",
            "Open **Settings > Apps > Hearthly > Battery** and choose **Unrestricted**.",
            "Add Hearthly to the exclusion list of any cleaner or booster app.",
            "Turn on **Set time automatically** in the phone's date and time settings.",
            "Sign in once more; you should stay signed in for 90 days.",
        ],
        "workaround": [
            "Invite household members with their own accounts instead of sharing one sign-in.",
        ],
    },
    "auth": {
        "short": ["the account still uses an old e-mail address",
                  "too many attempts locked sign-in for an hour"],
        "fix": ["sign in with the old address and confirm the new one",
                "wait an hour and reset the password"],
        "cause": [
            ("After {d} wrong passwords in a row we pause sign-in for 60 minutes to protect the "
            "account."),
            "An e-mail change only takes effect once you click the confirmation link.",
            "Password managers sometimes fill in a password saved for an older Hearthly account.",
            "Sign-ins from a new country trigger an extra check by e-mail.",
        ],
        "steps": [
            "Wait 60 minutes if the {s} says **Too many attempts**.",
            "Tap **Forgot password** and check the spam folder for the reset e-mail.",
            "Use the newest reset link only; each new request cancels the previous one.",
            ("Open **Account > Security > Devices** and sign out any device you do not "
            "recognise."),
            "Turn on two-factor authentication under **Account > Security**.",
        ],
        "workaround": [
            ("If you no longer have the old e-mail address, contact support and choose "
            "**Account recovery**."),
        ],
    },
    "two_factor": {
        "short": ["the phone blocks messages from short-code senders",
                  "the authenticator app's clock is out of sync"],
        "fix": ["use a backup code and switch to an authenticator app",
                "turn on automatic time on the phone"],
        "cause": [
            "Sign-in codes come from a short-code sender, which some mobile plans block.",
            "Spam filters on Android move the messages to a folder you rarely see.",
            ("Authenticator codes depend on the time, so a clock more than a minute off makes "
            "every code fail."),
            "After {d} resends in an hour we pause sending for 60 minutes.",
        ],
        "steps": [
            "Wait at least 60 seconds between resends.",
            ("Check **Messages > Filters > Unknown Senders** on iPhone or the **Spam and "
            "blocked** folder on Android."),
            "Tap **Use another method** and choose **Backup code**.",
            ("Once signed in, open **Account > Security > Two-factor authentication** and check "
             "the phone number."),
            "Turn on automatic date and time on the phone that runs the authenticator app.",
        ],
        "workaround": [
            "Switch to an authenticator app, which does not rely on text messages at all.",
        ],
    },
    "app_cache": {
        "short": ["a damaged cache from an older version", "an outdated version of the {s}"],
        "fix": ["clear the cache and update", "reinstall the latest version"],
        "cause": [
            "The {s} keeps a cache of your homes and devices so it opens quickly.",
            ("An update interrupted halfway can leave the cache in a state the new version cannot "
            "read."),
            "Versions older than 5.{v} no longer receive data from our servers.",
            "Content blockers in the browser can stop the dashboard's scripts from loading.",
        ],
        "steps": [
            "Update the {s} from the store, or refresh the page with the cache cleared.",
            "On Android, open **Settings > Apps > Hearthly > Storage** and tap **Clear cache**.",
            "On iPhone, delete the app and install it again; your homes are kept in your account.",
            "Turn off content blockers for the Hearthly dashboard.",
            "Sign in again and wait {n} seconds while your homes load.",
        ],
        "workaround": [
            "Use the web dashboard in any browser until the app works again.",
        ],
    },
    "household": {
        "short": ["the invite was opened while signed in to a different account",
                  "only the home owner can change members and devices"],
        "fix": ["ask the owner to send a new invitation", "sign in to the right account first"],
        "cause": [
            ("An invitation is valid for 7 days, can be used once, and is tied to the address it "
            "was sent to."),
            "When the owner resends an invitation, the older links stop working.",
            "Members only see the homes they were invited to, not the owner's other homes.",
            "Removing a member takes effect on their next sign-in, up to {h} hours later.",
        ],
        "steps": [
            "Check which account you are signed in to under **Account > Profile**.",
            ("Ask the home owner to open **Settings > Home > Members** and remove any pending "
            "entry."),
            "The owner taps **Invite member** again and enters your address.",
            ("Open the newest invitation on a phone signed in to the right account and tap "
            "**Accept**."),
            "Pull down on the home screen to refresh the device list.",
        ],
        "workaround": [
            ("The owner can show a one-time join code from **Settings > Home > Members > Invite "
            "with code**, valid for 15 minutes."),
        ],
    },
    "schedule": {
        "short": ["a permanent manual hold outranks the schedule",
                  "older firmware stores at most 6 periods per day",
                  "the schedule was edited in two places at once"],
        "fix": ["clear the hold", "update the firmware or merge periods",
                "reload and edit in one place"],
        "cause": [
            ("The {s} applies settings in a fixed order: a permanent hold first, then holiday, "
            "then away mode, then the normal schedule."),
            ("A permanent hold is created when you turn the dial and choose **Hold until I change "
            "it**."),
            ("Thermostats on firmware older than 4.{v} store only 6 periods per day and reject "
            "bigger schedules."),
            ("When the same schedule is saved from two devices, the later save is rejected with a "
            "conflict."),
            "Dashboards left open in a browser tab for days often hold a very old version.",
        ],
        "steps": [
            "Open **Heating > Schedule** and look for a **Hold** banner at the top.",
            "Tap **Resume schedule** to clear any hold.",
            "Check **Heating > Schedule > History** to see who changed what and when.",
            "Merge short periods so each day has no more than 6.",
            "Update the thermostat under **Settings > Device > Firmware**.",
            "Close old dashboard tabs before you edit the schedule again.",
        ],
        "workaround": [
            ("Turn on **Heating > Schedule > Lock editing** for an hour while you reorganise "
            "the week."),
            "Use **Boost** for {m} minutes while you fix the schedule.",
        ],
    },
    "timezone": {
        "short": ["the home uses a fixed UTC offset instead of a region",
                  "the device clock drifted while offline"],
        "fix": ["choose your region's time zone", "reconnect the device so it syncs the time"],
        "cause": [
            "Each Hearthly home has a time zone, and schedules follow it.",
            ("Homes created before March 2025 could choose a fixed offset such as UTC+01:00, which "
            "never changes for daylight saving time."),
            "A device that was offline for more than {d} days may have drifted by a few minutes.",
            "Holidays and away periods also use the home's time zone.",
        ],
        "steps": [
            "Open **Settings > Home > Time zone**.",
            "Choose your region, for example **Europe/London**, not an offset.",
            "Tap **Save**; the {s} updates within {m} minutes.",
            "Check that the time on the thermostat display matches your phone.",
        ],
        "workaround": [
            "Shift each period by one hour by hand until you can change the time zone.",
        ],
    },
    "calibration": {
        "short": ["heat from sunlight or a lamp skews the built-in sensor",
                  "slow radiators keep releasing heat after the boiler stops"],
        "fix": ["set a temperature offset", "lower the switching sensitivity"],
        "cause": [
            "The built-in sensor measures the air right next to the device.",
            ("It reads high in direct sunlight, above a lamp or TV, or where warm air rises from "
            "the wall cavity."),
            "Heavy radiators and underfloor heating keep releasing heat after the boiler stops.",
            "Smart Preheat needs about a week to learn how long your home takes to warm up.",
            "Cheap thermometers can themselves be off by a degree or more.",
        ],
        "steps": [
            "Put a second thermometer next to the {s} for an hour to compare.",
            "Open **Settings > Device > Temperature offset** and enter the difference.",
            "For slow systems, set **Settings > Heating > Switching sensitivity** to **Low**.",
            "Move lamps, TVs or other heat sources away from the device.",
            "Seal the cable hole behind the back plate with a little filler.",
        ],
        "workaround": [
            "Pair a Room Sensor in the room you use most and choose it as the control sensor.",
        ],
    },
    "hardware": {
        "short": ["a loose connection at the back plate", "a component that needs replacing"],
        "fix": ["reseat the device", "contact support for a replacement"],
        "cause": [
            "The {s} is pushed onto a back plate with spring contacts that can work loose.",
            "Steam, knocks and direct heat shorten the life of displays and buttons.",
            "A relay that switches more than {n} times an hour wears out quickly.",
            "Devices made before 20{h} use a display that can fade after years in the sun.",
        ],
        "steps": [
            "Check the app: if the {s} shows online, the fault is local to the device.",
            "Pull the device straight off its back plate, wait {n} seconds and push it back on.",
            "Look at the status light: **green** is normal, **orange** means it needs attention.",
            "Run **Settings > Device > Diagnostics > Self test** in the app.",
            "If the test fails, contact support with the result code and a photo of the device.",
        ],
        "workaround": [
            "You can still control the heating from the app while you wait for a replacement.",
        ],
    },
    "payment": {
        "short": ["the bank placed a hold for a declined attempt",
                  "the bank refused the payment without a reason"],
        "fix": ["wait for the hold to drop off", "approve the payment in your banking app"],
        "cause": [
            ("When a payment is declined, some banks still place a temporary hold that looks like "
            "a charge."),
            "When you retry, the successful payment appears next to the hold.",
            ("We only collect the successful payment; the hold is released within 5 to 7 working "
            "days."),
            "Code 05 means **do not honour**: the bank refused without giving a reason.",
            "Refunds take {d} working days to reach a card after we send them.",
        ],
        "steps": [
            "Open **Account > Billing > Payment history** and check which payments succeeded.",
            "Compare them with your bank statement; pending entries are holds.",
            "If a payment is missing, open your banking app and allow online payments.",
            "Replace the card under **Account > Billing > Payment method** if it expired.",
            ("If two successful payments are listed, contact billing support; we refund the "
            "second one at once."),
        ],
        "workaround": [
            ("Pay with PayPal under **Payment method > Add another method** so your plan "
            "continues."),
        ],
    },
    "subscription": {
        "short": ["the purchase is linked to a different Hearthly account",
                  "invoices are only created from the billing details at payment time"],
        "fix": ["restore the purchase on the right account",
                "update the billing details and ask for a reissue"],
        "cause": [
            "Store purchases belong to the account that was signed in at the moment of purchase.",
            ("If the app closed right after paying, the confirmation from the store may not have "
            "reached us."),
            "Invoices are created at each payment from the billing details stored at that moment.",
            "Codes for a monthly plan cannot be used on an annual one.",
        ],
        "steps": [
            "Sign in with the account you use every day.",
            "Open **Account > Subscription** and tap **Restore purchases**.",
            ("On the web dashboard, open **Account > Billing > Invoices** to download past "
            "invoices."),
            "Update **Billing details** before the next payment so the next invoice is right.",
            "Ask support to reissue invoices from the last 12 months if needed.",
        ],
        "workaround": [
            "Your plan stays active while we check the purchase; nothing is lost.",
        ],
    },
    "integration": {
        "short": ["the link between the assistant and Hearthly has gone stale",
                  "the assistant was linked to a different home"],
        "fix": ["disable and re-enable the skill", "re-link and choose the right home"],
        "cause": [
            "Assistants talk to Hearthly through a link created when you connected your account.",
            "The link breaks when you change your password, rename the home or re-add a device.",
            "The assistant keeps showing the old device, which no longer answers.",
            "Only devices in the home you picked during linking are shared.",
        ],
        "steps": [
            "Open the assistant's app and remove the old Hearthly devices.",
            "Disable the Hearthly skill or service, then enable it again.",
            "Sign in with your Hearthly account and choose the right home.",
            "Ask the assistant to discover devices, or tap **Sync** in its app.",
            "Test with a simple command such as setting the temperature to 20 degrees.",
        ],
        "workaround": [
            "Create a routine in the Hearthly app instead of the assistant until the link works.",
        ],
    },
    "token": {
        "short": ["the access token was revoked by a password change",
                  "the access token expired after 180 days unused"],
        "fix": ["create a new token and reconfigure", "reconnect the service"],
        "cause": [
            "The integration uses a personal access token created on the web dashboard.",
            ("Tokens are revoked when you change your password or turn on two-factor "
            "authentication."),
            "A token unused for 180 days expires.",
            "Every request with a revoked token is refused with **401 Unauthorized**.",
        ],
        "steps": [
            "Open **Account > Connected services** on the web dashboard.",
            "Delete the old token and tap **Create token**.",
            "Copy the new token; it is shown only once.",
            "Paste it into the integration's settings and restart the integration.",
            "Check that the devices show as available within {m} minutes.",
        ],
        "workaround": [
            "Use the Hearthly app directly while the integration is reconnected.",
        ],
    },
    "units": {
        "short": ["the assistant is set to Fahrenheit", "the assistant's region is the US"],
        "fix": ["match the units in the assistant and Hearthly", "change the assistant's region"],
        "cause": [
            "Voice assistants have their own temperature unit, separate from the Hearthly app.",
            "An assistant set up in the United States defaults to Fahrenheit.",
            ("A request for 70 degrees Fahrenheit is above the thermostat's limit of 30 degrees "
            "Celsius, so it is capped."),
        ],
        "steps": [
            "Open the assistant's device settings and set the unit to **Celsius**.",
            "In the Hearthly app, check **Settings > Home > Units**.",
            "Ask the assistant to set 21 degrees and check the thermostat display.",
        ],
        "workaround": [
            "Say the unit out loud, for example \"21 degrees Celsius\".",
        ],
    },
    "radio": {
        "short": ["walls or metal block the radio link to the hub",
                  "the device is at the edge of its range"],
        "fix": ["move the hub or add a relay closer", "add a Range Extender"],
        "cause": [
            ("Sensors talk to the hub over a low-power radio that reaches about 20 metres "
            "indoors."),
            ("Foil-backed insulation, mirrored wardrobes and thick stone walls block it almost "
            "completely."),
            "Each wall in between costs range, so a garden room is often just out of reach.",
            "Other 2.4 GHz devices such as baby monitors can drown the signal.",
        ],
        "steps": [
            "Open **Settings > Device > Signal** and note the strength.",
            "Move the hub to a central place, away from metal and the router.",
            "Add a Range Extender halfway between the hub and the {s}.",
            "Wait {m} minutes and check that the signal shows at least two bars.",
        ],
        "workaround": [
            "Any mains-powered Hearthly device also relays signals for sensors near it.",
        ],
    },
    "firmware": {
        "short": ["the download was interrupted or corrupted",
                  "the battery was too low to install the update"],
        "fix": ["retry on a stable connection", "replace the batteries and retry"],
        "cause": [
            "Firmware is downloaded in full and checked before it is installed.",
            "If the Wi-Fi drops during the {n} MB download, the check fails and the update stops.",
            "Battery devices only install updates above 30 percent charge.",
            "The {s} always keeps the working version until the new one is verified.",
            ("Updates are rolled out in waves over {d} days, so not every device gets them at "
            "once."),
        ],
        "steps": [
            "Check that the {s} shows at least two bars of signal.",
            "Replace the batteries if the device runs on batteries.",
            "Open **Settings > Device > Firmware** and tap **Check for updates**.",
            "Keep the app open until the update reaches 100 percent; it takes about {m} minutes.",
            "If it fails twice, restart the router and try again the next day.",
        ],
        "workaround": [
            "Your device keeps working on the current version, so nothing is urgent.",
        ],
    },
    "battery": {
        "short": ["a weak Wi-Fi signal keeps the radio awake",
                  "rechargeable cells deliver too little voltage"],
        "fix": ["improve the signal and use alkaline batteries", "replace the cells"],
        "cause": [
            ("Battery devices sleep between short check-ins, and anything that keeps the radio "
            "awake drains them."),
            "A weak signal makes the {s} retry, which uses more power.",
            ("Rechargeable NiMH cells deliver only 1.2 V and trigger the low battery warning "
            "early."),
            "Cold reduces battery voltage, so devices in unheated rooms warn sooner.",
            "An always-on display roughly halves battery life.",
        ],
        "steps": [
            "Use new alkaline or lithium AA batteries from the same pack.",
            "Open **Settings > Device > Battery** and check the estimated life.",
            "Turn off **Always-on display** if it is on.",
            "Improve the signal by moving the hub or adding a Range Extender.",
            "Wait {h} hours; the battery level shown settles after a day.",
        ],
        "workaround": [
            ("Keep a spare set of batteries; the app warns you about {d} weeks before they run "
            "out."),
        ],
    },
    "heat_pump": {
        "short": ["the flow temperature is set too high for the weather",
                  "the gateway lost contact with the heat pump controller"],
        "fix": ["turn on weather compensation", "check the gateway cable"],
        "cause": [
            "Heat pumps work best with low, steady flow temperatures.",
            ("A flow temperature set for the coldest day makes the compressor start and stop on "
            "mild days."),
            ("The gateway talks to the heat pump over a two-wire cable that must be under "
            "{n} metres long."),
            "Defrost cycles in freezing weather pause heating for a few minutes every hour.",
        ],
        "steps": [
            "Open **Settings > Heat pump > Weather compensation** and turn it on.",
            "Lower the maximum flow temperature by 5 degrees.",
            "Check the gateway cable at both ends and note the status light.",
            "Run **Settings > Heat pump > Communication test**.",
            "Ask your installer to check the heat pump's own settings if the test fails.",
        ],
        "workaround": [
            "Use a longer schedule with lower temperatures instead of short, hot periods.",
        ],
    },
    "data_delay": {
        "short": ["meter readings arrive up to 48 hours late",
                  "the smart meter link was reset by a supplier change"],
        "fix": ["wait for the readings", "reconnect the smart meter"],
        "cause": [
            "Energy data comes from your smart meter through your supplier.",
            "Readings arrive up to 48 hours late, and some suppliers send them in batches.",
            "Switching supplier resets the link, and the new supplier must approve it again.",
            "Days without readings are left blank instead of guessed.",
        ],
        "steps": [
            "Open **Energy > Settings > Meter** and check the status.",
            "If it says **Not linked**, tap **Link meter** and follow the steps.",
            "Wait {h} hours for the first readings.",
            "Check that your supplier is listed under **Energy > Settings > Supplier**.",
        ],
        "workaround": [
            "Enter meter readings by hand under **Energy > Readings** to fill the gaps.",
        ],
    },
    "tariff": {
        "short": ["the tariff in the app is out of date", "standing charges are not included"],
        "fix": ["update the tariff", "add the standing charge"],
        "cause": [
            "Costs are calculated from the tariff you entered, not from your bill.",
            "Prices change often, and the app keeps the old one until you update it.",
            "Standing charges and discounts are separate fields.",
        ],
        "steps": [
            "Open **Energy > Settings > Tariff**.",
            "Enter the unit price and standing charge from your latest bill.",
            "Choose the date the price started so older days are recalculated.",
            "Wait {m} minutes and reload the report.",
        ],
        "workaround": [
            "Compare usage in kWh, which is always right, until the tariff is fixed.",
        ],
    },
    "notifications": {
        "short": ["the phone's focus mode or battery saver holds back notifications",
                  "alerts go to every member of the home"],
        "fix": ["allow Hearthly notifications", "choose who receives alerts"],
        "cause": [
            "Phones hold back notifications from apps they consider unimportant.",
            "Focus modes and battery savers can delay alerts by hours.",
            "Alerts go to every member of the home unless you choose otherwise.",
            "Each device added twice to a home sends its alerts twice.",
        ],
        "steps": [
            "Open **Settings > Notifications** in the app and check which alerts are on.",
            ("Allow Hearthly notifications in the phone settings, including **Time sensitive** "
            "alerts on iPhone."),
            "Exclude Hearthly from battery saver on Android.",
            "Under **Settings > Home > Members**, choose who receives each alert.",
            "Send a test from **Settings > Notifications > Send test**.",
        ],
        "workaround": [
            "Turn on e-mail alerts as a backup for the alerts that matter most.",
        ],
    },
    "sensor_alerts": {
        "short": ["the sensor is mounted where it sees draughts or steam",
                  "the magnet is too far from the sensor"],
        "fix": ["move the sensor", "adjust the magnet gap"],
        "cause": [
            "Sensors react to quick changes, and steam or draughts look like an event.",
            "Door and window sensors need the magnet within {d} mm.",
            "Sensitivity is set to **High** by default on new devices.",
        ],
        "steps": [
            "Open **Settings > Device > Sensitivity** and choose **Normal**.",
            "Move the {s} away from kitchens, bathrooms and radiators.",
            "Check the gap between sensor and magnet with the door closed.",
            "Look at **History** to see when the alerts happened.",
        ],
        "workaround": [
            "Pause alerts for the device for {h} hours while you move it.",
        ],
    },
    "valve": {
        "short": ["the valve adapter does not fit the radiator valve body",
                  "the valve pin is stuck after the summer"],
        "fix": ["fit the right adapter and recalibrate", "free the pin and recalibrate"],
        "cause": [
            "The valve measures the travel of the radiator's pin during calibration.",
            "A pin that has not moved all summer can stick in the open or closed position.",
            "Radiator valves from different makers need different adapters.",
            "Calibration fails if the valve is mounted before the adapter is tight.",
        ],
        "steps": [
            "Remove the {s} from the radiator.",
            "Press the pin a few times with a coin until it moves freely.",
            "Check the adapter against the list in the box and fit the right one.",
            "Mount the valve and tap **Settings > Device > Calibrate**.",
            "Wait {m} minutes until the display shows the temperature.",
        ],
        "workaround": [
            "Set the radiator's manual valve to 3 while you wait for the right adapter.",
        ],
    },
    "privacy": {
        "short": ["the request is waiting for identity checks",
                  "location sharing is needed for automatic away mode"],
        "fix": ["confirm the request by e-mail", "turn off automatic away mode"],
        "cause": [
            "Data requests are confirmed by e-mail before we start them.",
            "Exports are ready within {d} days and the link is valid for 7 days.",
            "Automatic away mode needs every member's location to work.",
            "Accounts that own homes with other members cannot be deleted until ownership moves.",
        ],
        "steps": [
            "Open **Account > Privacy** on the web dashboard.",
            "Confirm the request from the e-mail we sent you.",
            "Turn off **Automatic away mode** to stop location sharing.",
            "Transfer ownership of shared homes before you delete the account.",
        ],
        "workaround": [
            "Contact our privacy team through the contact page if the request stays pending.",
        ],
    },
    "warranty": {
        "short": ["the claim needs the serial number and proof of purchase",
                  "claims for devices bought from retailers go through the retailer"],
        "fix": ["add the missing details", "contact the retailer"],
        "cause": [
            "Warranty claims need the serial number from the back of the device.",
            "Devices bought from a retailer are covered by the retailer for the first year.",
            "Replacements ship after the faulty device is scanned at our warehouse.",
            "Claims without a photo of the fault stay in review for {d} days.",
        ],
        "steps": [
            ("Find the serial number on the back plate, starting with **HT2-**, **HTM-** or "
            "**HUB-**."),
            "Open **Account > Devices > Warranty** and add a photo of the receipt.",
            "Print the return label or show the QR code at the drop-off point.",
            "Track the claim under **Account > Orders**.",
        ],
        "workaround": [
            "Ask for an advance replacement if you need heating control right away.",
        ],
    },
}

TAGS = sorted({tag for c in CATEGORIES for p in c["problems"] for tag in p[3]}
              | {"android", "ios", "windows", "router", "hub", "mesh", "winter", "energy"})

CUSTOMER_SYMPTOMS = [
    "my {sl} {problem} {t}", "{sl} not working {t}", "problem started {t}",
    "{sl} {problem}", "help my {sl} {problem}", "{sl} playing up {t}",
    "{sl} stopped working properly", "it only happens {t}",
]
SYMPTOM_LEADS = [
    "Your {s} {problem} {t}.", "The {s} {problem}, usually {t}.",
    "Since recently the {s} {problem} {t}.", "Customers tell us their {s} {problem} {t}.",
]
SYMPTOM_MORE = [
    "The app shows **{err}** and nothing you tap seems to help.",
    "You see **{err}** in the app, sometimes several times a day.",
    "Other devices in the home keep working normally.",
    "Restarting the phone makes no difference.",
    "It may work for a while and then fail again after {h} hours.",
    "The status light on the device changes colour while this happens.",
    "Household members see the same thing on their phones.",
]
GENERIC_STEPS = [
    "Make sure the Hearthly app is up to date (version 5.{v} or later).",
    "Restart the {s} and wait {n} seconds before you check again.",
    ("If the problem comes back, contact support from **Help > Contact us** and mention "
    "**{err}**."),
]
BACKGROUND = [
    "We see this most often {t}, but it can happen at any time.",
    "It is not caused by anything you did wrong, and none of your settings are lost.",
    ("The {s} keeps a log of these events, which support can read if the steps below do not "
    "help."),
    "Our engineers are working on a change that makes this less likely in a future update.",
    "The same problem can affect other devices in the home, but usually one at a time.",
    ("It often looks worse than it is: the heating keeps following the last schedule it "
    "received."),
]
CLOSING = [
    ("If none of these steps helps, contact support from **Help > Contact us** with the time it "
    "last happened and the colour of the status light; it helps us find the cause much faster."),
    "Most customers find that the problem is gone after these steps and does not come back.",
    "Give it {m} minutes after the last step before you decide whether it worked.",
]
NOTES = [
    ("!!! tip\n    Write down what the app shows before you start; it helps support if you need to "
    "call us."),
    "!!! note\n    These steps take about {m} minutes and do not change your schedule.",
]

FIRST_NAMES = ["Ana", "Jonas", "Luca", "Maya", "Priya", "Sam", "Tom", "Aisha", "Ben", "Chen",
               "Dara", "Elif", "Femi", "Greta", "Hugo", "Ines", "Jae", "Kofi", "Lena", "Marek"]
LAST_NAMES = ["Souza", "Berg", "Romano", "Okafor", "Nair", "Lee", "Fletcher", "Khan", "Murphy",
              "Wang", "Byrne", "Demir", "Adeyemi", "Lindqvist", "Moreau", "Castro", "Park",
              "Mensah", "Fischer", "Novak"]
ROLES = {"Team leads": ["Support team lead", "Escalations lead"],
         "Specialists": ["Billing specialist", "Hardware specialist", "Integrations specialist",
                         "Heating specialist", "Network specialist"],
         "First-line support": ["Support agent", "Senior support agent"]}
PLACES = [("Manchester, UK", "Europe/London"), ("Lisbon, Portugal", "Europe/Lisbon"),
          ("Turin, Italy", "Europe/Rome"), ("Berlin, Germany", "Europe/Berlin"),
          ("Dublin, Ireland", "Europe/Dublin"), ("Glasgow, UK", "Europe/London"),
          ("Warsaw, Poland", "Europe/Warsaw"), ("Madrid, Spain", "Europe/Madrid")]
LANGUAGES = ["English", "Portuguese", "Spanish", "Italian", "German", "Polish", "French",
             "Korean", "Turkish", "Yoruba", "Mandarin"]


# --------------------------------------------------------------------------------------------
# Generation
# --------------------------------------------------------------------------------------------

@dataclass
class Planned:
    """One article before its text is written."""

    category: str
    slug: str
    title: str
    subject: str
    problem: tuple[Any, ...]
    trigger: str
    status: str
    errors: list[str] = field(default_factory=list)
    related: list[str] = field(default_factory=list)


def slugify(text: str, limit: int = 70) -> str:
    """Lowercase words joined by hyphens, cut at a word boundary."""
    words = re.findall(r"[a-z0-9]+", text.lower().replace("'", ""))
    slug = ""
    for word in words:
        if slug and len(slug) + 1 + len(word) > limit:
            break
        slug = f"{slug}-{word}" if slug else word
    parts = slug.split("-")
    while len(parts) > 3 and parts[-1] in _DANGLING:
        parts.pop()
    return "-".join(parts)


_DANGLING = {"a", "an", "the", "with", "after", "on", "in", "for", "of", "to", "and", "at",
             "when", "from", "by", "your", "you", "during", "since", "every", "it"}


_PLAIN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9 _.,;'()/+?-]*$")


_NUMBER = re.compile(r"^[-+]?(\d[\d_]*)?\.?\d*([eE][-+]?\d+)?$|^0x")
_KEYWORDS = {"yes", "no", "on", "off", "true", "false", "null", "y", "n", "~"}


def scalar(value: str) -> str:
    """A YAML scalar: plain when unambiguous, otherwise double-quoted (JSON is valid YAML)."""
    if _PLAIN.match(value) and not _NUMBER.match(value) and value.lower() not in _KEYWORDS:
        return value
    return json.dumps(value, ensure_ascii=False)


def _fill(rng: Random, template: str, values: dict[str, str]) -> str:
    numbers = {"n": str(rng.choice([5, 10, 15, 20, 30, 45, 60, 90])),
               "m": str(rng.choice([2, 5, 10, 15, 20, 30])),
               "h": str(rng.choice([6, 12, 24, 36, 48])),
               "d": str(rng.randint(3, 7)), "v": str(rng.randint(2, 9))}
    return template.format_map({**numbers, **values})


def plan(rng: Random, count: int) -> list[Planned]:
    """Choose category, subject, problem and trigger of each article; unique titles and slugs."""
    weights = [c["weight"] for c in CATEGORIES]
    titles: set[str] = set()
    slugs: set[str] = set()
    planned: list[Planned] = []
    for _ in range(count):
        category = rng.choices(CATEGORIES, weights)[0]
        for attempt in range(60):
            subject = rng.choice(category["subjects"])
            problem = rng.choice(category["problems"])
            trigger = rng.choice(category["triggers"] + ANY_TRIGGERS
                                 + (DEVICE_TRIGGERS if category.get("devices") else []))
            title = f"{subject} {problem[0]} {trigger}"
            if attempt >= 30:  # the space of one category is nearly used up: add a platform
                title = f"{title} ({rng.choice(PLATFORMS)})"
            title = title[0].upper() + title[1:]
            if title.casefold() not in titles:
                break
        else:
            title = f"{title} #{len(planned)}"
        titles.add(title.casefold())
        slug = base = slugify(title)
        number = 2
        while slug in slugs:
            slug = f"{base}-{number}"
            number += 1
        slugs.add(slug)
        status = "published" if rng.random() < 0.97 else rng.choice(["draft", "internal"])
        planned.append(Planned(category["slug"], slug, title, subject, problem, trigger, status))
    return planned


def assign_errors(rng: Random, planned: list[Planned]) -> None:
    """About 60% of articles get an error code, unique across the knowledge base."""
    used: set[str] = set()
    for item in planned:
        if rng.random() >= 0.6:
            continue
        if rng.random() < 0.12:
            code = f"0x8007{rng.randrange(0x10000):04x}"
            while code in used:
                code = f"0x8007{rng.randrange(0x10000):04x}"
        else:
            word = item.problem[1]
            code = f"ERR_{word}_{rng.randint(100, 999)}"
            while code in used:
                code = f"ERR_{word}_{rng.randint(100, 9999):03d}"
        used.add(code)
        item.errors.append(code)


def assign_related(rng: Random, planned: list[Planned]) -> None:
    """0 to 3 related articles, same category first; public articles name public ones."""
    by_category: dict[str, list[Planned]] = {}
    for item in planned:
        if item.status == "published":
            by_category.setdefault(item.category, []).append(item)
    everything = [p for items in by_category.values() for p in items]
    for item in planned:
        pool = by_category.get(item.category) or everything
        wanted = rng.choice([0, 1, 1, 2, 2, 3])
        chosen: list[str] = []
        for _ in range(wanted * 3):
            if len(chosen) >= wanted or len(pool) < 2:
                break
            other = rng.choice(pool if rng.random() < 0.8 else everything)
            if other.slug != item.slug and other.slug not in chosen:
                chosen.append(other.slug)
        item.related = chosen


def article_text(rng: Random, item: Planned, authors: list[str], as_of: dt.date,
                 titles: dict[str, tuple[str, str]]) -> str:
    """Front matter and a 250-400 word body for one planned article."""
    title_phrase, _word, kind, tags, symptom_bank = item.problem
    cause = CAUSES[kind]
    err = item.errors[0] if item.errors else item.title.split(" ", 1)[1]
    values = {"s": item.subject, "sl": item.subject.lower(), "problem": title_phrase,
              "t": item.trigger, "err": err}
    def fill(text: str) -> str:
        return _fill(rng, text, values)

    pick = rng.randrange(min(len(cause["short"]), len(cause["fix"])))
    short = fill(cause["short"][pick])
    summary = f"{short[0].upper()}{short[1:]}; {fill(cause['fix'][pick])}."
    symptoms = [fill(s) for s in rng.sample(symptom_bank, rng.randint(1, 2))]
    symptoms += [fill(s) for s in rng.sample(CUSTOMER_SYMPTOMS, rng.randint(1, 2))]
    rng.shuffle(symptoms)
    applies = [f"Hearthly {item.subject}" if item.subject in DEVICES + BATTERY_DEVICES
               else item.subject]
    if rng.random() < 0.4 and applies[0] != item.subject:
        applies.append(f"firmware {rng.randint(3, 5)}.{rng.randint(0, 9)} and later")
    applies += rng.sample(PLATFORMS, rng.randint(0, 2))
    all_tags = list(dict.fromkeys([*tags, *rng.sample(TAGS, rng.randint(0, 2))]))[:4]
    created = as_of - dt.timedelta(days=rng.randint(160, 900))
    updated = as_of - dt.timedelta(days=rng.randint(0, 150))
    reviewed = as_of - dt.timedelta(days=rng.randint(0, 120)) if rng.random() < 0.4 else None

    lines = ["---", f"title: {scalar(item.title)}", f"summary: {scalar(summary)}", "symptoms:"]
    lines += [f"  - {scalar(s)}" for s in symptoms]
    if item.errors:
        lines.append("errors:")
        lines += [f"  - {scalar(e)}" for e in item.errors]
    lines.append("applies_to:")
    lines += [f"  - {scalar(a)}" for a in applies]
    lines.append(f"tags: [{', '.join(all_tags)}]")
    lines.append(f"author: {rng.choice(authors)}")
    lines.append(f"created: {created.isoformat()}")
    lines.append(f"updated: {updated.isoformat()}")
    if reviewed:
        lines.append(f"reviewed: {reviewed.isoformat()}")
    lines.append(f"status: {item.status}")
    if item.related:
        lines.append(f"related: [{', '.join(item.related)}]")
    if rng.random() < 0.3:
        lines.append(f"tickets: [HD-{rng.randint(10000, 99999)}]")
    lines.append("---")

    # Body: start short, then add sentences and steps (in a random order of kinds) until
    # it reaches a target of 260-390 words; a move that would pass 400 words is skipped.
    lead = fill(rng.choice(SYMPTOM_LEADS))
    symptom_part = [lead[0].upper() + lead[1:]]
    more = [fill(s) for s in SYMPTOM_MORE if "{err}" not in s or item.errors]
    rng.shuffle(more)
    symptom_part.append(more.pop())
    cause_pool = [fill(s) for s in cause["cause"]]
    rng.shuffle(cause_pool)
    cause_part = cause_pool[:3]
    step_pool = [fill(s) for s in cause["steps"]]
    steps = step_pool[: rng.randint(min(3, len(step_pool)), len(step_pool))]
    workaround: list[str] = []
    closing: list[str] = []
    link = ""
    if item.related and rng.random() < 0.4:
        target = item.related[0]
        category, title = titles[target]
        link = f"See also [{title}](../{category}/{target}.md)."
    note = fill(rng.choice(NOTES)) if rng.random() < 0.15 else ""

    def render() -> str:
        parts = ["## Symptoms", " ".join(symptom_part), "## Cause", " ".join(cause_part)]
        if link:
            parts[-1] += f" {link}"
        parts += ["## Resolution", "\n".join(f"{i}. {s}" for i, s in enumerate(steps, 1))]
        if closing:
            parts.append(" ".join(closing))
        if note:
            parts.append(note)
        if workaround:
            parts += ["## Workaround", " ".join(workaround)]
        return "\n\n".join(parts)

    moves: list[tuple[list[str], str, int | None]] = []
    moves += [(cause_part, c, None) for c in cause_pool[3:]]
    moves += [(steps, fill(g), -1) for g in GENERIC_STEPS]
    moves += [(cause_part, fill(b), None) for b in rng.sample(BACKGROUND, 3)]
    moves += [(symptom_part, m, None) for m in more[:2]]
    moves += [(workaround, fill(w), None) for w in cause["workaround"]]
    moves += [(closing, fill(c), None) for c in CLOSING]
    rng.shuffle(moves)
    if rng.random() < 0.5:  # about half the articles have a workaround section
        moves.sort(key=lambda move: move[0] is workaround)
    goal = rng.randint(260, 390)
    body = render()
    words = len(body.split())
    for where, sentence, position in moves:
        if words >= goal:
            break
        if words + len(sentence.split()) > 400:
            continue
        if position is None:
            where.append(sentence)
        else:
            where.insert(len(where) + position if len(where) > 1 else len(where), sentence)
        body = render()
        words = len(body.split())
    return "\n".join(lines) + "\n\n" + body + "\n"


def team(rng: Random, size: int) -> dict[str, str]:
    """`size` team profiles: id -> YAML text."""
    members: dict[str, str] = {}
    groups = list(ROLES)
    pairs = [(first, last) for first in FIRST_NAMES for last in LAST_NAMES]
    rng.shuffle(pairs)
    for index in range(size):
        first, last = pairs[index]
        member_id = slugify(f"{first} {last}")
        group = groups[0] if index < 2 else rng.choice(groups[1:])
        role = rng.choice(ROLES[group])
        place, zone = rng.choice(PLACES)
        expertise = rng.sample(TAGS, 3)
        languages = ["English", *rng.sample(LANGUAGES[1:], rng.randint(0, 2))]
        bio = (f"{first} has answered Hearthly customers since {2016 + index % 9}, mostly about "
               f"{expertise[0]} and {expertise[1]}. {first} likes finding the one setting that "
               f"explains a week of odd behaviour, and writes it down so nobody has to find it "
               f"twice.")
        members[member_id] = "\n".join([
            f"name: {first} {last}", f"role: {role}", f"team: {group}",
            f"expertise: [{', '.join(expertise)}]", f"languages: [{', '.join(languages)}]",
            f"location: {place}", f"timezone: {zone}", f"since: {2016 + index % 9}",
            "bio: |", f"  {bio}", ""])
    return members


def categories_yaml() -> str:
    """`_data/categories.yml` for every category."""
    out = ["# Generated by bench/generate.py: one entry per folder under articles/."]
    for order, category in enumerate(CATEGORIES, 1):
        out += [f"{category['slug']}:", f"  title: {category['title']}",
                f"  description: {category['description']}", f"  icon: {category['icon']}",
                f"  order: {order}"]
    return "\n".join(out) + "\n"


def mkdocs_yml(repo: Path) -> tuple[str, list[str]]:
    """The repository's mkdocs.yml with absolute hooks (if any) and custom_dir; files to copy
    too."""
    data = yaml.safe_load((repo / "mkdocs.yml").read_text(encoding="utf-8"))
    if data.get("hooks"):
        data["hooks"] = [str((repo / hook).resolve()) for hook in data["hooks"]]
    theme = data.get("theme")
    if isinstance(theme, dict) and theme.get("custom_dir"):
        theme["custom_dir"] = str((repo / theme["custom_dir"]).resolve())
    docs = data.get("docs_dir", "docs")
    copies = []
    brand = ((data.get("extra") or {}).get("kb") or {}).get("brand") or {}
    candidates = [brand.get("logo"), brand.get("favicon"),
                  *(theme.get(k) for k in ("logo", "favicon") if isinstance(theme, dict)),
                  *(data.get("extra_css") or []), *(data.get("extra_javascript") or [])]
    for name in candidates:
        if isinstance(name, str) and (repo / docs / name).is_file():
            copies.append(f"{docs}/{name}")
    text = yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100)
    header = ("# Generated by bench/generate.py from the kbgen repository's mkdocs.yml;\n"
              "# its theme points back at the repository.\n")
    return header + text, copies


def generate(out_dir: Path, articles: int = 1000, seed: int = 1,
             as_of: dt.date | None = None, team_size: int = 15) -> int:
    """Write a complete project into `out_dir`; returns the number of files written."""
    rng = Random(seed)
    as_of = as_of or build_day()
    out_dir = Path(out_dir)
    content = out_dir / "content"
    if content.exists():
        shutil.rmtree(content)
    (content / "_data").mkdir(parents=True)
    (content / "team").mkdir()
    written = 0

    config, copies = mkdocs_yml(REPO)
    (out_dir / "mkdocs.yml").write_text(config, encoding="utf-8")
    written += 1
    for relative in copies:
        target = out_dir / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(REPO / relative, target)
        written += 1
    index = REPO / "content" / "index.md"
    (content / "index.md").write_text(
        index.read_text(encoding="utf-8") if index.is_file() else
        "---\ntitle: Help Centre\n---\n\n<!-- kb:search -->\n\n<!-- kb:categories -->\n",
        encoding="utf-8")
    (content / "_data" / "categories.yml").write_text(categories_yaml(), encoding="utf-8")
    for name in ("contact.yml", "synonyms.yml"):  # how to reach a human; search synonyms
        data_file = REPO / "content" / "_data" / name
        if data_file.is_file():
            shutil.copyfile(data_file, content / "_data" / name)
            written += 1
    written += 2

    members = team(rng, team_size)
    for member_id, text in members.items():
        (content / "team" / f"{member_id}.yml").write_text(text, encoding="utf-8")
    written += len(members)

    planned = plan(rng, articles)
    assign_errors(rng, planned)
    assign_related(rng, planned)
    titles = {p.slug: (p.category, p.title) for p in planned}
    authors = sorted(members)
    folders: set[str] = set()
    for item in planned:
        folder = content / "articles" / item.category
        if item.category not in folders:
            folder.mkdir(parents=True, exist_ok=True)
            folders.add(item.category)
        text = article_text(rng, item, authors, as_of, titles)
        (folder / f"{item.slug}.md").write_text(text, encoding="utf-8")
    return written + len(planned)


def main(argv: list[str] | None = None) -> int:
    """Command line: python bench/generate.py OUT_DIR --articles N --seed S."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out_dir", type=Path, help="Project folder to write (content/ is "
                        "replaced if it exists).")
    parser.add_argument("--articles", type=int, default=1000, help="How many articles.")
    parser.add_argument("--seed", type=int, default=1, help="Random seed (same seed, same files).")
    parser.add_argument("--as-of", type=dt.date.fromisoformat, default=None, metavar="DATE",
                        help="Date the articles' dates are relative to (default: the build day, "
                        "SOURCE_DATE_EPOCH else today), so "
                        "none is stale; pass it for output identical across days.")
    parser.add_argument("--team", type=int, default=15, help="How many team members.")
    args = parser.parse_args(argv)
    start = time.perf_counter()
    files = generate(args.out_dir, args.articles, args.seed, args.as_of, args.team)
    print(f"Wrote {files} files ({args.articles} articles) to {args.out_dir} in "
          f"{time.perf_counter() - start:.1f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
