print("peruse: not built yet")
