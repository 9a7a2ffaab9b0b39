# only comments

   
# end