PeruseCommand.main()
