// Stops what a system left running, so the next timed run starts on an idle database.
TERMINATE TRANSACTIONS $ids
