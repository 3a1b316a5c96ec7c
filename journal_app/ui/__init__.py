"""Qt widgets. They display and forward; everything worth testing lives in the services."""
