"""The alert service: subscriptions, routing, payload formats, signing, delivery."""
